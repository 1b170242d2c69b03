namespace Milestone.Domain.HourBanks;

public sealed partial record HourBank
{
    /// <summary>
    /// The bank's stream id, derived from the client's (a name-based UUID, RFC 9562 version 5): a client has
    /// at most one bank, and a worklog's client id names it without a lookup.
    /// </summary>
    public static Guid IdFor(Guid clientId) => NameBasedGuid.Create(BankNamespace, clientId);

    private static readonly Guid BankNamespace = Guid.Parse("3b0e6f52-9c4d-4e1a-8f27-5d6a1c9e0b44");
}
