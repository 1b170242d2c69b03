using JasperFx;
using Milestone.Api.Assets;
using Wolverine.ErrorHandling;

namespace Milestone.Api.Requests;

/// <summary>
/// A new request. <see cref="ClientId"/> is the client it is for: staff must name it, client users may
/// (their own). With an <see cref="IdempotencyKey"/>, a retry returns the first request and submits nothing.
/// <see cref="LocationId"/> is the client's location it is about (left out: the submitter's own, if any);
/// <see cref="AssetIds"/> the client's assets it concerns.
/// </summary>
public sealed record SubmitRequest(
    [NewId] Guid RequestId,
    Actor Actor,
    Guid? ClientId,
    string Title,
    string? Description,
    Urgency Urgency,
    string? IdempotencyKey = null,
    IReadOnlyList<Guid>? SuggestedArticleIds = null,
    Guid? LocationId = null,
    IReadOnlyList<Guid>? AssetIds = null) : IActorCommand
{
    /// <summary>The request this submission stands for: the first one submitted under its key, if it has one.</summary>
    public async Task<Guid> SubmittedRequestIdAsync(IQuerySession session, CancellationToken cancellation) =>
        IdempotencyKey is { } key
            ? (await session.LoadAsync<SubmissionKey>(SubmissionKey.IdFor(Actor.PersonId, key), cancellation))!.RequestId
            : RequestId;
}

public static class SubmitRequestHandler
{
    public static async Task<(SubmissionKey? Earlier, bool NamedClientExists, RequestSubject Subject)> LoadAsync(
        SubmitRequest command, IQuerySession session, CancellationToken cancellation)
    {
        var earlier = command.IdempotencyKey is { } key
            ? await session.LoadAsync<SubmissionKey>(SubmissionKey.IdFor(command.Actor.PersonId, key), cancellation)
            : null;
        var namedClientExists = command.ClientId is { } clientId && await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation) is not null;
        Guid[] assetIds = [.. command.AssetIds?.Distinct().Take(Request.MaxAssets + 1) ?? []];
        var subject = new RequestSubject(
            command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null,
            await session.SubmittersLocationAsync(command.Actor, cancellation),
            assetIds.Length == 0 ? [] : await session.LoadManyAsync<Asset>(cancellation, assetIds));
        return (earlier, namedClientExists, subject);
    }

    /// <summary>
    /// A submission repeated with the same idempotency key changes nothing: the first one stands. The same
    /// key sent with another request is refused, because the caller meant two different things by it.
    /// </summary>
    public static IEnumerable<IMartenOp> Handle(SubmitRequest command, SubmissionKey? earlier, bool namedClientExists, RequestSubject subject, TimeProvider time)
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
        submitted = submitted with
        {
            LocationId = Request.LocationOfNewRequest(submitted.ClientId, command.LocationId, subject.NamedLocation, subject.SubmittersLocation, command.Actor),
            AssetIds = Request.AssetsOfNewRequest(submitted.ClientId, command.AssetIds, subject.Assets, command.Actor),
        };
        yield return MartenOps.StartStream<Request>(command.RequestId, submitted);
        if (command.IdempotencyKey is not null)
        {
            yield return MartenOps.Insert(SubmissionKey.For(command, submitted.ClientId, command.IdempotencyKey));
        }
    }

    /// <summary>The location named (null: none named, or no such location), the submitter's own, and the assets named that exist.</summary>
    public sealed record RequestSubject(Location? NamedLocation, Location? SubmittersLocation, IReadOnlyList<Asset> Assets);

    /// <summary>The same key raced in at the same moment: decided again, the submission that won is found and stands.</summary>
    public static void Configure(HandlerChain chain) => chain.OnException<DocumentAlreadyExistsException>().RetryOnce();
}
