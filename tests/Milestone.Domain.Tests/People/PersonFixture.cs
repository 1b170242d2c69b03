namespace Milestone.Domain.Tests.People;

/// <summary>The person the people tests invite and manage, and their history up to where a test starts.</summary>
internal static class PersonFixture
{
    public static readonly Guid PersonId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000b1");
    public static readonly Guid InvitationId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");

    /// <summary>Dana, invited by an administrator to join Acme as a member.</summary>
    public static PersonInvited Invited() =>
        Person.Invite(Admin, PersonId, "dana@acme.test", "Dana", Role.ClientMember, Acme, true, InvitationId, Now);

    public static Person Given(params object[] events) => events.Aggregate((Person?)null, Person.Evolve)!;
}
