using JasperFx.CommandLine;
using Marten;
using Milestone.Projections.People;

namespace Milestone.Host.Commands;

public sealed class SeedInput : NetCoreInput
{
    [Description("The data set to load: demo")]
    public string DataSet { get; set; } = string.Empty;
}

[Description("Loads a data set: 'seed demo' adds an MSP team, three clients with their people, and some requests.", Name = "seed")]
public sealed class SeedCommand : JasperFxAsyncCommand<SeedInput>
{
    public override async Task<bool> Execute(SeedInput input)
    {
        if (!input.DataSet.Equals("demo", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"There is no data set called '{input.DataSet}'; try: seed demo");
            return false;
        }

        using var host = input.BuildHost();
        await host.StartAsync();
        try
        {
            await using (var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession())
            {
                if (await session.Query<PersonAccount>().AnyAsync(person => person.NormalizedEmail == PersonAccount.Normalize(DemoData.AdminEmail)))
                {
                    Console.WriteLine("The demo data set is already loaded.");
                    DemoData.PrintSignIns();
                    return true;
                }
            }

            using var scope = host.Services.CreateScope();
            await new DemoData(scope.ServiceProvider).LoadAsync();
            Console.WriteLine("Loaded the demo data set.");
            DemoData.PrintSignIns();
            return true;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
