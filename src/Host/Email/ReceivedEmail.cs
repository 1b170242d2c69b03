namespace Milestone.Host.Email;

/// <summary>A message the <see cref="SmtpSink"/> accepted; <see cref="To"/> lists the header's addresses.</summary>
public sealed record ReceivedEmail(string MessageId, string From, string To, string Subject, string? TextBody, string? HtmlBody)
{
    /// <summary>Attached files by name, decoded as text.</summary>
    public IReadOnlyDictionary<string, string> Attachments { get; init; } = new Dictionary<string, string>();
}
