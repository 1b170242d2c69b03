namespace Milestone.Domain.Tests.Requests;

/// <summary>The request most request tests decide on, and a request rebuilt from the events a test starts from.</summary>
internal static class RequestFixture
{
    /// <summary>Acme's member reports a jammed printer, an hour before <see cref="Cast.Now"/>.</summary>
    public static RequestSubmitted PrinterJams() =>
        Request.Submit(RequestId, Acme, Member.PersonId, "Printer jams", null, Urgency.Normal, Now.AddHours(-1));

    /// <summary>The printer request, and what happened to it since.</summary>
    public static Request Submitted(params object[] since) => Given([PrinterJams(), .. since]);

    public static Request Given(params IEnumerable<object> events) => events.Aggregate((Request?)null, Request.Evolve)!;

    /// <summary>The actor as a command names them: an active person.</summary>
    public static NamedPerson Named(Actor actor) => new(actor.PersonId, actor.Role, actor.ClientId, PersonStatus.Active, null);
}
