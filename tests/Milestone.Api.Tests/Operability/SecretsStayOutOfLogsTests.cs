using Milestone.Api.Jira;
using Milestone.Api.People;
using Milestone.Api.Sessions;
using Milestone.Domain.People;

namespace Milestone.Api.Tests.Operability;

/// <summary>Wolverine logs a failed command with its ToString(); these commands carry secrets.</summary>
public sealed class SecretsStayOutOfLogsTests
{
    private const string Secret = "s3cret-that-must-not-be-logged";

    public static TheoryData<object> CommandsWithSecrets => new()
    {
        new SignIn("dana@acme.test", Secret, Secret, Secret),
        new RefreshSession(Secret),
        new AcceptInvitation(Guid.NewGuid(), Guid.NewGuid(), Secret),
        new InvitePerson(Guid.NewGuid(), Guid.NewGuid(), Secret, "dana@acme.test", "Dana", Role.ClientMember, Guid.NewGuid(), null),
        new ResendInvitation(Guid.NewGuid(), Guid.NewGuid(), Secret, Guid.NewGuid()),
        new SetJiraConnection(new Uri("https://acme.atlassian.net"), "sync@acme.test", Secret, Secret, new Actor(Guid.NewGuid(), Role.Admin, null)),
    };

    [Theory]
    [MemberData(nameof(CommandsWithSecrets))]
    public void A_command_describes_itself_without_its_secret(object command)
    {
        var described = command.ToString()!;

        Assert.DoesNotContain(Secret, described);
        Assert.StartsWith(command.GetType().Name, described);
    }
}
