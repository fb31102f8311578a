using System.Security.Cryptography;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Images;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Tests;

public sealed class ImageRulesTests
{
    [Fact]
    public async Task A_copy_with_the_right_checksum_is_kept_whole()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        using var target = new MemoryStream();
        var copied = await ChecksummedCopy.CopyAsync(new MemoryStream(bytes), target, "{SHA-256}" + Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes.Length, "too large", "download", null, CancellationToken.None);
        Assert.Equal(bytes.Length, copied);
        Assert.Equal(bytes, target.ToArray());
    }

    [Fact]
    public async Task A_copy_past_the_limit_or_with_another_checksum_is_refused()
    {
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        var tooLarge = await Assert.ThrowsAsync<InvalidDataException>(() =>
            ChecksummedCopy.CopyAsync(new MemoryStream(bytes), Stream.Null, null, bytes.Length - 1, "too large", "upload", null, CancellationToken.None));
        Assert.Equal("too large", tooLarge.Message);
        var mismatch = await Assert.ThrowsAsync<InvalidDataException>(() =>
            ChecksummedCopy.CopyAsync(new MemoryStream(bytes), Stream.Null, new string('a', 32), bytes.Length, "too large", "upload", null, CancellationToken.None));
        Assert.StartsWith("Checksum mismatch: expected aaaa", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("the upload has", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vm_details_default_to_all_and_are_matched_exactly()
    {
        Assert.Equal(VmDetails.All, VmDetailsParameter.Parse([]));
        Assert.Equal(VmDetails.Nics | VmDetails.Tmpl, VmDetailsParameter.Parse(["nics", "tmpl"]));
        Assert.Equal(VmDetails.Min, VmDetailsParameter.Parse(["min"]));
        Assert.Equal(ApiErrorCode.ParamError, Assert.Throws<CloudException>(() => VmDetailsParameter.Parse(["Nics"])).Code);
    }
}
