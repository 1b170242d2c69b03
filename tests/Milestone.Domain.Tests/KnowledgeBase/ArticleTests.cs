using Milestone.Domain.KnowledgeBase;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.KnowledgeBase;

public sealed class ArticleTests
{
    private static readonly Guid ArticleId = Guid.Parse("0193a1b2-0000-7000-8000-0000000a0001");

    [Fact]
    public void A_draft_is_for_staff_only_until_published_and_then_for_its_audience()
    {
        var forAll = Given(Drafted(ArticleAudience.AllClients));
        var forAcme = Given(Drafted(ArticleAudience.ChosenClients, Acme));
        var internalOnly = Given(Drafted(ArticleAudience.Internal));

        Assert.All([forAll, forAcme, internalOnly], draft => Assert.Equal((true, false), (draft.IsVisibleTo(Agent), draft.IsVisibleTo(Member))));
        var published = new[] { forAll, forAcme, internalOnly }.Select(article => Given(article, Assert.Single(article.Publish(Agent, Now)))).ToList();
        Assert.Equal([true, true, false], published.Select(article => article.IsVisibleTo(Member)));
        Assert.Equal([true, false, false], published.Select(article => article.IsVisibleTo(Outsider)));
        Assert.Equal([true, true, true], published.Select(article => article.IsVisibleTo(Executive)));
        Assert.Equal([true, false, true], published.Select(article => article.IsVisibleTo(TeamLead with { StaffScope = [Globex] })));
        Assert.False(Given(published[0], Assert.Single(published[0].Archive(Agent, Now))).IsVisibleTo(Member));
    }

    [Fact]
    public void Readers_keep_the_published_revision_while_staff_revise_and_every_revision_is_kept()
    {
        var article = Given(Drafted(ArticleAudience.AllClients));
        var published = Given(article, Assert.Single(article.Publish(Agent, Now)));

        var revised = Given(published, Assert.Single(published.Revise("Reset your VPN password", "Access", ["vpn"], "Use the new portal.", TeamLead, Now.AddDays(1))));
        var republished = Given(revised, Assert.Single(revised.Publish(Agent, Now.AddDays(2))));

        Assert.Equal(("Reset your VPN", 1), (revised.ReadBy(Member).Title, revised.ReadBy(Member).Number));
        Assert.Equal(("Reset your VPN password", 2), (revised.ReadBy(Agent).Title, revised.ReadBy(Agent).Number));
        Assert.Null(revised.Revision(2, Member));
        var revisedAgain = Given(republished, Assert.Single(republished.Revise("Reset your VPN password (draft)", "Access", null, "Not ready.", Agent, Now)));
        var thirdOut = Given(revisedAgain, Assert.Single(revisedAgain.Revise("VPN password", "Access", null, "Final.", Agent, Now)));
        thirdOut = Given(thirdOut, Assert.Single(thirdOut.Publish(Agent, Now)));
        Assert.Equal(("VPN password", null, "Not ready."), (thirdOut.Revision(4, Member)!.Title, thirdOut.Revision(3, Member)?.Title, thirdOut.Revision(3, Agent)!.Body));
        Assert.Equal("Reset your VPN", republished.Revision(1, Member)!.Title);
        Assert.Equal(2, republished.ReadBy(Member).Number);
        Assert.Empty(republished.Publish(Agent, Now));
        Assert.Empty(republished.Revise("Reset your VPN password", "Access", ["VPN "], "Use the new portal.", Agent, Now));
    }

    [Fact]
    public void Only_delivery_staff_write_and_an_article_a_reader_cannot_see_is_not_there_to_them()
    {
        var draft = Given(Drafted(ArticleAudience.AllClients));
        var forGlobex = Given(Drafted(ArticleAudience.ChosenClients, Globex));
        var published = Given(forGlobex, Assert.Single(forGlobex.Publish(Agent, Now)));

        Assert.Equal(Rejection.Forbidden, Refusal(() => Article.Draft(ArticleId, "T", "C", null, "B", ArticleAudience.AllClients, null, Executive, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => Article.Draft(ArticleId, "T", "C", null, "B", ArticleAudience.AllClients, null, ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => draft.Publish(ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => published.Rate(true, Member, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => draft.Rate(true, Agent, Now)).Rejection);
        Assert.Equal("clientIds", Refusal(() => Article.Draft(ArticleId, "T", "C", null, "B", ArticleAudience.ChosenClients, [], Agent, Now)).Field);
        Assert.Equal("tags", Refusal(() => Article.Draft(ArticleId, "T", "C", [.. Enumerable.Range(0, 21).Select(index => $"tag{index}")], "B", ArticleAudience.AllClients, null, Agent, Now)).Field);
        Assert.Equal("body", Refusal(() => Article.Draft(ArticleId, "T", "C", null, " ", ArticleAudience.AllClients, null, Agent, Now)).Field);
    }

    [Fact]
    public void Each_reader_has_one_vote_which_a_later_answer_replaces()
    {
        var article = Given(Drafted(ArticleAudience.AllClients));
        article = Given(article, Assert.Single(article.Publish(Agent, Now)));

        var rated = Given(article, Assert.Single(article.Rate(true, Member, Now)), Assert.Single(article.Rate(false, Colleague, Now)));
        var changed = Given(rated, Assert.Single(rated.Rate(false, Member, Now)));

        Assert.Equal((1, 1), (rated.HelpfulCount, rated.NotHelpfulCount));
        Assert.Empty(rated.Rate(true, Member, Now));
        Assert.Equal((0, 2), (changed.HelpfulCount, changed.NotHelpfulCount));
    }

    [Fact]
    public void A_client_answered_by_a_suggested_article_counts_once_and_a_request_submitted_anyway_names_the_articles_it_passed_over()
    {
        var article = Given(Drafted(ArticleAudience.AllClients));
        article = Given(article, Assert.Single(article.Publish(Agent, Now)));

        var answered = Assert.IsType<ArticleAnsweredQuestion>(Assert.Single(article.MarkAnswered(Member, Now)));
        var submitted = Request.Submit(Member, RequestId, null, false, "Still broken", null, Urgency.Normal, Now, [ArticleId, ArticleId]);

        Assert.Equal((Member.PersonId, Acme), (answered.PersonId, answered.ClientId));
        Assert.Empty(Given(article, answered).MarkAnswered(Member, Now));
        Assert.Equal(Rejection.Forbidden, Refusal(() => article.MarkAnswered(Agent, Now)).Rejection);
        Assert.Equal([ArticleId], submitted.PassedOverArticleIds!);
        Assert.Null(Request.Submit(Member, RequestId, null, false, "Broken", null, Urgency.Normal, Now).PassedOverArticleIds);
        Assert.Equal("suggestedArticleIds", Refusal(() => Request.Submit(
            Member, RequestId, null, false, "Broken", null, Urgency.Normal, Now, [.. Enumerable.Range(0, Request.MaxPassedOverArticles + 1).Select(_ => Guid.NewGuid())])).Field);
    }

    [Fact]
    public void Staff_name_an_article_published_for_the_requests_client_as_what_solved_it()
    {
        var forAll = Given(Drafted(ArticleAudience.AllClients));
        var published = Given(forAll, Assert.Single(forAll.Publish(Agent, Now)));
        var forGlobex = Given(Drafted(ArticleAudience.ChosenClients, Globex));
        var publishedForGlobex = Given(forGlobex, Assert.Single(forGlobex.Publish(Agent, Now)));
        var request = Requests.RequestFixture.Submitted();

        var solved = Assert.IsType<RequestSolvedByArticle>(Assert.Single(request.LinkSolvingArticle(Agent, published, Now)));

        Assert.Equal(ArticleId, solved.ArticleId);
        Assert.Empty(Requests.RequestFixture.Submitted(solved).LinkSolvingArticle(Agent, published, Now));
        Assert.Equal(Rejection.Conflict, Refusal(() => request.LinkSolvingArticle(Agent, forAll, Now)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => request.LinkSolvingArticle(Agent, publishedForGlobex, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => request.LinkSolvingArticle(Agent, null, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => request.LinkSolvingArticle(Member, published, Now)).Rejection);
    }

    private static ArticleDrafted Drafted(ArticleAudience audience, params Guid[] clients) =>
        Article.Draft(ArticleId, " Reset your VPN ", "Access", ["VPN", "vpn", " Remote "], "Open the portal.", audience, clients, Agent, Now);

    private static Article Given(ArticleDrafted drafted) => Article.Evolve(null, drafted)!;

    private static Article Given(Article article, params object[] events) => events.Aggregate(article, (state, @event) => Article.Evolve(state, @event)!);

    private static CommandRejected Refusal(Func<object?> decide) =>
        Assert.Throws<CommandRejected>(() => decide() is IEnumerable<object> events ? events.ToList() : null);
}
