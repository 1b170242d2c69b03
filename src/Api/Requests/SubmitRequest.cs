using JasperFx;
using Wolverine.ErrorHandling;

namespace Milestone.Api.Requests;

/// <summary>
/// A new request. <see cref="ClientId"/> is the client it is for: staff must name it, client users may
/// (their own). With an <see cref="IdempotencyKey"/>, a retry returns the first request and submits nothing.
/// </summary>
public sealed record SubmitRequest(
    [NewId] Guid RequestId,
    Actor Actor,
    Guid? ClientId,
    string Title,
    string? Description,
    Urgency Urgency,
    string? IdempotencyKey = null,
    IReadOnlyList<Guid>? SuggestedArticleIds = null) : IActorCommand
{
    /// <summary>The request this submission stands for: the first one submitted under its key, if it has one.</summary>
    public async Task<Guid> SubmittedRequestIdAsync(IQuerySession session, CancellationToken cancellation) =>
        IdempotencyKey is { } key
            ? (await session.LoadAsync<SubmissionKey>(SubmissionKey.IdFor(Actor.PersonId, key), cancellation))!.RequestId
            : RequestId;
}

public static class SubmitRequestHandler
{
    public static async Task<(SubmissionKey? Earlier, bool NamedClientExists)> LoadAsync(SubmitRequest command, IQuerySession session, CancellationToken cancellation)
    {
        var earlier = command.IdempotencyKey is { } key
            ? await session.LoadAsync<SubmissionKey>(SubmissionKey.IdFor(command.Actor.PersonId, key), cancellation)
            : null;
        var namedClientExists = command.ClientId is { } clientId && await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation) is not null;
        return (earlier, namedClientExists);
    }

    /// <summary>
    /// A submission repeated with the same idempotency key changes nothing: the first one stands. The same
    /// key sent with another request is refused, because the caller meant two different things by it.
    /// </summary>
    public static IEnumerable<IMartenOp> Handle(SubmitRequest command, SubmissionKey? earlier, bool namedClientExists, TimeProvider time)
    {
        if (command.IdempotencyKey is { } key)
        {
            CallerKeys.RequireValid(key, "idempotencyKey");
        }

        if (earlier is not null)
        {
            if (!earlier.AsksFor(command))
            {
                throw CallerKeys.ReusedWithOtherPayload("idempotencyKey");
            }

            yield break;
        }

        var submitted = Request.Submit(
            command.Actor, command.RequestId, command.ClientId, namedClientExists, command.Title, command.Description, command.Urgency, time.GetUtcNow(), command.SuggestedArticleIds);
        yield return MartenOps.StartStream<Request>(command.RequestId, submitted);
        if (command.IdempotencyKey is not null)
        {
            yield return MartenOps.Insert(SubmissionKey.For(command, submitted.ClientId, command.IdempotencyKey));
        }
    }

    /// <summary>The same key raced in at the same moment: decided again, the submission that won is found and stands.</summary>
    public static void Configure(HandlerChain chain) => chain.OnException<DocumentAlreadyExistsException>().RetryOnce();
}
