using System.Security.Cryptography;
using System.Text;

namespace Milestone.Domain.Rules;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same namespace and name always give the same id, so a
/// stream or entity derived from another's id is found without a lookup, and a redelivery names the same thing.
/// </summary>
public static class NameBasedGuid
{
    public static Guid Create(Guid space, Guid name)
    {
        Span<byte> bytes = stackalloc byte[16];
        name.TryWriteBytes(bytes, bigEndian: true, out _);
        return Create(space, bytes);
    }

    public static Guid Create(Guid space, string name) => Create(space, Encoding.UTF8.GetBytes(name));

    private static Guid Create(Guid space, ReadOnlySpan<byte> name)
    {
        var input = new byte[16 + name.Length];
        space.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input.AsSpan(16));
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
