namespace Milestone.Api.People;

public static class PeopleQueries
{
    public static void AddPeopleQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PersonType>>("me")
            .Description("The signed-in person.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                return await session.PeopleVisibleTo(caller).FirstAsync(person => person.Id == caller.PersonId, context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("people").ListSize(100)
            .Description("People the caller may see: staff see everyone, client users their own organisation. Optionally of one client.")
            .Argument<IdGraphType>("clientId")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                var people = session.PeopleVisibleTo(caller);
                if (context.GetArgument<string?>("clientId") is not null)
                {
                    var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string>("clientId"));
                    people = people.Where(person => person.ClientId == clientId);
                }

                return await people.OrderBy(person => person.Name).ToListAsync(context.CancellationToken);
            });
    }
}
