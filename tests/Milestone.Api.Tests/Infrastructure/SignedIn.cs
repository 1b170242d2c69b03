namespace Milestone.Api.Tests.Infrastructure;

/// <summary>A person signed in through the real sign-in mutation, with the tokens it handed out.</summary>
public sealed record SignedIn(Guid PersonId, string Email, Guid? ClientId, string AccessToken, string RefreshToken);
