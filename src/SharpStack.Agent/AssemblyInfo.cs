// Namespaces, bridges, iptables and the daemons exist only on Linux hosts.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
