using System.Diagnostics;
using System.Globalization;
using SharpStack.Orchestration.Agents;

namespace SharpStack.Bench;

/// <summary>
/// Watches a registration from dedicated threads (not the thread pool, so they keep their pace
/// when the pool is busy): every 100 ms one reads the server's attached agent connections and the
/// thread pool's size and queue, and every few seconds prints a progress line; the other times a
/// GET /client/health (no database, no API pipeline) every 250 ms, to tell a slow database from a
/// server that cannot get to its HTTP requests. The listHosts poller sets <see cref="Up"/>.
/// </summary>
internal sealed class RegistrationWatch : IDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock;
    private readonly int _hosts;
    private readonly int _baseAgents;
    private readonly AgentRegistry _agents;
    private readonly SimulatorRun _simulator;
    private readonly TimeSpan _progressInterval;
    private readonly Thread _thread;
    private readonly Thread _healthThread;
    private readonly HttpClient _health;
    private readonly Uri _healthUri;
    private readonly ManualResetEventSlim _stop = new();
    private int _up;

    public RegistrationWatch(Stopwatch clock, int hosts, AgentRegistry agents, SimulatorRun simulator, TimeSpan progressInterval, Uri healthUri)
    {
        _healthUri = healthUri;
        _health = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };
        _clock = clock;
        _hosts = hosts;
        _agents = agents;
        _baseAgents = agents.Count;
        _simulator = simulator;
        _progressInterval = progressInterval;
        _thread = new Thread(Run) { IsBackground = true, Name = "bench registration watch" };
        _thread.Start();
        _healthThread = new Thread(RunHealth) { IsBackground = true, Name = "bench health probe" };
        _healthThread.Start();
    }

    /// <summary>Hosts of the cluster listHosts last counted Up.</summary>
    public int Up
    {
        get => Volatile.Read(ref _up);
        set => Volatile.Write(ref _up, value);
    }

    /// <summary>When the server held its first, half and all of the new agent connections (registered and attached).</summary>
    public TimeSpan? FirstAttached { get; private set; }

    public TimeSpan? HalfAttached { get; private set; }

    public TimeSpan? AllAttached { get; private set; }

    public int MaxPoolThreads { get; private set; }

    public long MaxPending { get; private set; }

    /// <summary>GET /client/health requests sent during the registration, the slowest, and how many took over a second.</summary>
    public int HealthRequests { get; private set; }

    public TimeSpan SlowestHealth { get; private set; }

    public int SlowHealth { get; private set; }

    private void RunHealth()
    {
        while (!_stop.Wait(TimeSpan.FromMilliseconds(250)))
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = _health.Send(new HttpRequestMessage(HttpMethod.Get, _healthUri));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Counted by its time like any other.
            }
            var took = Stopwatch.GetElapsedTime(started);
            HealthRequests++;
            SlowestHealth = took > SlowestHealth ? took : SlowestHealth;
            SlowHealth += took > TimeSpan.FromSeconds(1) ? 1 : 0;
        }
    }

    private void Run()
    {
        var nextProgress = _progressInterval;
        while (!_stop.Wait(SampleInterval))
        {
            Sample(ref nextProgress);
        }
        // Once more after the poller saw them all Up: an agent is attached just after its host is saved.
        var never = TimeSpan.MaxValue;
        Sample(ref never);
    }

    private void Sample(ref TimeSpan nextProgress)
    {
        var elapsed = _clock.Elapsed;
        var attached = _agents.Count - _baseAgents;
        if (attached > 0)
        {
            FirstAttached ??= elapsed;
        }
        if (attached * 2 >= _hosts)
        {
            HalfAttached ??= elapsed;
        }
        if (attached >= _hosts)
        {
            AllAttached ??= elapsed;
        }
        var threads = ThreadPool.ThreadCount;
        var pending = ThreadPool.PendingWorkItemCount;
        MaxPoolThreads = Math.Max(MaxPoolThreads, threads);
        MaxPending = Math.Max(MaxPending, pending);
        if (elapsed >= nextProgress)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {_hosts} hosts: {elapsed.TotalSeconds,5:0.0} s, listHosts last counted {Up} Up, simulator's own count {Math.Max(0, _simulator.Connected)} connected, "
                + $"server holds {attached} new agent connections; thread pool {threads} threads, {pending} queued"));
            nextProgress += _progressInterval;
        }
    }

    public void Stop()
    {
        _stop.Set();
        _thread.Join();
        _healthThread.Join();
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
        _health.Dispose();
    }
}
