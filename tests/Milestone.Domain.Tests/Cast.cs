namespace Milestone.Domain.Tests;

/// <summary>The people, clients and moment most scenarios share; a test names its own where it needs others.</summary>
public static class Cast
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid RequestId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    public static readonly Guid Acme = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c1");
    public static readonly Guid Globex = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2");
    public static readonly Actor Admin = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a0"), Role.Admin, null);
    public static readonly Actor Agent = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1"), Role.Agent, null);
    public static readonly Actor OtherAgent = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a2"), Role.Agent, null);
    public static readonly Actor TeamLead = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a3"), Role.TeamLead, null);
    public static readonly Actor AccountManager = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a4"), Role.AccountManager, null);
    public static readonly Actor Executive = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a5"), Role.Executive, null);
    public static readonly Actor Member = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d1"), Role.ClientMember, Acme);
    public static readonly Actor Colleague = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d2"), Role.ClientMember, Acme);
    public static readonly Actor ClientAdmin = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d3"), Role.ClientAdmin, Acme);
    public static readonly Actor Outsider = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d4"), Role.ClientMember, Globex);
}
