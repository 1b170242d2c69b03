namespace Milestone.Api.Identity;

/// <summary>The signed-in person behind a call, as their account stands now (not as their token remembers it).</summary>
public sealed record Caller(Guid PersonId, Guid SessionId, string Email, Role Role, Guid? ClientId, IReadOnlyList<Guid>? ClientScope)
{
    /// <summary>When the caller's session signed in (refreshing does not move it).</summary>
    public DateTimeOffset SignedInAt { get; init; }

    /// <summary>Two-factor sign-in is required of the caller and not on yet: they may do nothing but enrol (<c>TwoFactorEnrolmentGate</c>).</summary>
    public bool MustEnrolTwoFactor { get; init; }

    public bool IsStaff => Role.IsStaff();

    /// <summary>The caller as the actor of a command: person, role, organisation and the clients they work for.</summary>
    public Actor AsActor() => new(PersonId, Role, ClientId) { StaffScope = StaffScope, LocationScope = LocationScope };

    /// <summary>For a client admin limited to some of the client's locations, which; null for everyone else.</summary>
    public IReadOnlyList<Guid>? LocationScope => Role == Role.ClientAdmin ? AccountLocationScope : null;

    /// <summary>The locations the account is limited to, whatever its role now (only a client admin's count).</summary>
    public IReadOnlyList<Guid>? AccountLocationScope { get; init; }

    /// <summary>Staff limited to some clients; administrators and executives always see every client.</summary>
    public IReadOnlyList<Guid>? StaffScope => Role is Role.Admin or Role.Executive ? null : ClientScope;
}
