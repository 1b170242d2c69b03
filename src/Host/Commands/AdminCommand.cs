using Milestone.Api.Identity;
using Milestone.Api.People;
using Milestone.Domain.Rules;

namespace Milestone.Host.Commands;

public sealed class AdminInput : TenantInput
{
    [Description("What to do: create")]
    public string Action { get; set; } = string.Empty;

    [Description("The administrator's e-mail address")]
    [FlagAlias("email", 'm')]
    public string EmailFlag { get; set; } = string.Empty;

    [Description("The administrator's name (defaults to the e-mail address)")]
    [FlagAlias("name", 'n')]
    public string NameFlag { get; set; } = string.Empty;
}

[Description("Creates an administrator: invites them and prints the invitation link, so the first administrator needs no one else.", Name = "admin")]
public sealed class AdminCommand : MilestoneCommand<AdminInput>
{
    protected override async Task<bool> RunAsync(AdminInput input)
    {
        if (!input.Action.Equals("create", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(input.EmailFlag))
        {
            Console.Error.WriteLine("Usage: admin create --email someone@example.com [--name \"Their Name\"] [--tenant id]");
            return false;
        }

        using var host = input.BuildHost();
        if (input.OneTenant(host.Services) is not { } tenant)
        {
            return false;
        }

        await using var started = await host.StartedAsync();
        var time = host.Services.GetRequiredService<TimeProvider>();
        var name = string.IsNullOrWhiteSpace(input.NameFlag) ? input.EmailFlag : input.NameFlag;
        var invitation = new InvitePerson(Actor: null, Guid.CreateVersion7(time.GetUtcNow()), input.EmailFlag, name, Role.Admin, ClientId: null);
        try
        {
            using var scope = host.Services.CreateScope();
            scope.ServiceProvider.EnterTenant(tenant);
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(invitation);
        }
        catch (Exception refused) when (refused is CommandRejected or FluentValidation.ValidationException)
        {
            Console.Error.WriteLine(refused.Message);
            return false;
        }

        var link = host.Services.GetRequiredService<EmailLinks>().Invitation(tenant, invitation.Token);
        Console.WriteLine($"Invited {input.EmailFlag} as an administrator. Accept the invitation within 72 hours:");
        Console.WriteLine(link);
        Console.WriteLine($"(or the acceptInvitation mutation with token \"{invitation.Token}\")");
        return true;
    }
}
