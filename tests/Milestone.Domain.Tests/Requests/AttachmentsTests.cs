using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class AttachmentsTests
{
    private static readonly Guid AttachmentId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f1");

    [Fact]
    public void The_client_attaches_a_screenshot()
    {
        var events = Submitted().AddAttachment(Member, AttachmentId, "error.png", "image/png", 2048, "ab12", Now);

        Assert.Equal([new AttachmentAdded(RequestId, Acme, AttachmentId, "error.png", "image/png", 2048, "ab12", Member.PersonId, Now)], events);
    }

    [Fact]
    public void Attaching_the_same_file_again_changes_nothing()
    {
        var attached = Submitted(new AttachmentAdded(RequestId, Acme, AttachmentId, "error.png", "image/png", 2048, "ab12", Member.PersonId, Now));

        Assert.Empty(attached.AddAttachment(Member, AttachmentId, "error.png", "image/png", 2048, "ab12", Now));
    }

    [Fact]
    public void Another_client_finds_no_such_request_to_attach_to()
    {
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Submitted().AddAttachment(Outsider, AttachmentId, "x.png", "image/png", 1, "00", Now).ToList()).Rejection);
    }

    [Fact]
    public void A_cancelled_request_takes_no_files()
    {
        var cancelled = Submitted(new RequestCancelled(RequestId, Acme, "No", Member.PersonId, Now));

        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => cancelled.AddAttachment(Member, AttachmentId, "x.png", "image/png", 1, "00", Now).ToList()).Rejection);
    }

}
