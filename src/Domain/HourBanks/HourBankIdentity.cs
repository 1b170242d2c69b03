using System.Security.Cryptography;

namespace Milestone.Domain.HourBanks;

public sealed partial record HourBank
{
    /// <summary>
    /// The bank's stream id, derived from the client's (a name-based UUID, RFC 9562 version 5): a client has
    /// at most one bank, and a worklog's client id names it without a lookup.
    /// </summary>
    public static Guid IdFor(Guid clientId)
    {
        Span<byte> name = stackalloc byte[32];
        BankNamespace.TryWriteBytes(name, bigEndian: true, out _);
        clientId.TryWriteBytes(name[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(name, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    private static readonly Guid BankNamespace = Guid.Parse("3b0e6f52-9c4d-4e1a-8f27-5d6a1c9e0b44");
}
