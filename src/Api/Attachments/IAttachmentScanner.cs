namespace Milestone.Api.Attachments;

/// <summary>
/// Where a virus scanner plugs in: every upload is scanned before anything is stored, and a file the
/// scanner rejects is refused. Register an implementation (e.g. ClamAV's INSTREAM over TCP) to replace
/// <see cref="UnscannedAttachments"/>; see docs/operations.md.
/// </summary>
public interface IAttachmentScanner
{
    Task<bool> IsCleanAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellation);
}

/// <summary>The default when no scanner is configured: files are accepted as they are.</summary>
public sealed class UnscannedAttachments : IAttachmentScanner
{
    public Task<bool> IsCleanAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellation) => Task.FromResult(true);
}
