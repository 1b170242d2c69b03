using Milestone.Domain.Requests;

namespace Milestone.Domain.Tests.Requests;

public sealed class SubmittingARequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid RequestId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid ClientId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c1");
    private static readonly Guid SubmitterId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1");

    [Fact]
    public void A_submission_records_who_submitted_what_and_when()
    {
        var submitted = Request.Submit(RequestId, ClientId, SubmitterId, "Reports page is blank", "Since the update.", Urgency.High, Now);

        Assert.Equal(
            new RequestSubmitted(RequestId, ClientId, SubmitterId, "Reports page is blank", "Since the update.", Urgency.High, Now),
            submitted);
    }

    [Fact]
    public void Surrounding_whitespace_is_not_part_of_the_title_or_description()
    {
        var submitted = Request.Submit(RequestId, ClientId, SubmitterId, "  Printer offline \n", "\tThird floor  ", Urgency.Low, Now);

        Assert.Equal("Printer offline", submitted.Title);
        Assert.Equal("Third floor", submitted.Description);
    }

    [Fact]
    public void A_missing_description_is_recorded_as_empty()
    {
        var submitted = Request.Submit(RequestId, ClientId, SubmitterId, "Printer offline", null, Urgency.Low, Now);

        Assert.Equal(string.Empty, submitted.Description);
    }

    [Fact]
    public void A_submitted_request_starts_in_the_submitted_status()
    {
        var request = Request.Evolve(null, Request.Submit(RequestId, ClientId, SubmitterId, "Printer offline", null, Urgency.Critical, Now));

        Assert.Equal(
            new Request(RequestId, ClientId, SubmitterId, "Printer offline", string.Empty, Urgency.Critical, RequestStatus.Submitted, Now),
            request);
    }
}
