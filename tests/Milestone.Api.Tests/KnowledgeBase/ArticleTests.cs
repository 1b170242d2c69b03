using System.Text.RegularExpressions;

namespace Milestone.Api.Tests.KnowledgeBase;

/// <summary>
/// The knowledge base through the host: who reads which article, full-text search over a hand-made corpus, suggestions
/// for a request being written, and hostile Markdown rendered inert. Each test's articles share a word no other test
/// uses, so the MSP-wide knowledge base of the shared host does not disturb them.
/// </summary>
[Collection(Collections.Conversation)]
public sealed partial class ArticleTests(MilestoneApp app)
{
    private const string Draft = """
        mutation($input: DraftArticleInput!) { draftArticle(input: $input) { id status revision } }
        """;

    private const string Search = """
        query($query: String!) { searchArticles(query: $query) { rank snippet article { id title } } }
        """;

    [Fact]
    public async Task Each_client_reads_the_articles_meant_for_all_clients_or_for_it_and_never_drafts_or_internal_ones()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var acme = await app.ClientUserAsync(Role.ClientMember, "Acme Readers");
        var globex = await app.ClientUserAsync(Role.ClientMember, "Globex Readers");
        var forAll = await PublishedAsync(agent, "Wombatfix for everyone", "The wombatfix steps.", "ALL_CLIENTS");
        var forAcme = await PublishedAsync(agent, "Wombatfix at Acme", "Acme's wombatfix steps.", "CHOSEN_CLIENTS", acme.ClientId);
        var internalOnly = await PublishedAsync(agent, "Wombatfix internals", "How we wombatfix.", "INTERNAL");
        var draft = await DraftAsync(agent, "Wombatfix draft", "Not ready wombatfix.", "ALL_CLIENTS");

        var acmeSees = await TitlesAsync(acme, "wombatfix");
        var globexSees = await TitlesAsync(globex, "wombatfix");
        var staffSees = await TitlesAsync(agent, "wombatfix");
        var globexReadsAcmes = await app.Host.GraphQLAsync("query($id: ID!) { article(id: $id) { title } }", new { id = forAcme }, globex);
        var acmeReadsDraft = await app.Host.GraphQLAsync("query($id: ID!) { article(id: $id) { title } }", new { id = draft }, acme);
        var listedForGlobex = (await app.Host.GraphQLAsync("{ articles { id } }", signedIn: globex)).Data("articles").EnumerateArray().Select(article => article.GetProperty("id").GetString()).ToList();

        Assert.Equal(["Wombatfix at Acme", "Wombatfix for everyone"], acmeSees.Order(StringComparer.Ordinal));
        Assert.Equal(["Wombatfix for everyone"], globexSees);
        Assert.Equal(["Wombatfix at Acme", "Wombatfix draft", "Wombatfix for everyone", "Wombatfix internals"], staffSees.Order(StringComparer.Ordinal));
        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (globexReadsAcmes.SingleError().Code(), acmeReadsDraft.SingleError().Code()));
        Assert.Contains(forAll, listedForGlobex);
        Assert.DoesNotContain(forAcme, listedForGlobex);
        Assert.DoesNotContain(internalOnly, listedForGlobex);
        Assert.DoesNotContain(draft, listedForGlobex);
    }

    [Fact]
    public async Task Search_finds_all_words_ranks_title_matches_above_body_matches_and_stems_with_highlighted_snippets()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Searching Ltd");
        await PublishedAsync(agent, "Quillmaster toner replacement", "Open the front cover and slide the cartridge out.", "ALL_CLIENTS");
        await PublishedAsync(agent, "Printer maintenance", "When the quillmaster asks for toner, order cartridge QM-7 and replace it.", "ALL_CLIENTS");
        await PublishedAsync(agent, "Paper jams", "A quillmaster that jams needs its rollers cleaned.", "ALL_CLIENTS");
        await PublishedAsync(agent, "Toner disposal", "Return used toner to the supplier.", "ALL_CLIENTS");

        var hits = (await app.Host.GraphQLAsync(Search, new { query = "quillmaster toner" }, member)).Data("searchArticles").EnumerateArray().ToList();
        var anyWord = (await app.Host.GraphQLAsync(Search, new { query = "quillmaster or toner" }, member)).Data("searchArticles").EnumerateArray()
            .Select(hit => hit.GetProperty("article").GetProperty("title").GetString()).ToList();
        var stemmed = (await app.Host.GraphQLAsync(Search, new { query = "quillmasters jamming" }, member)).Data("searchArticles").EnumerateArray()
            .Select(hit => hit.GetProperty("article").GetProperty("title").GetString()).ToList();

        Assert.Equal(["Quillmaster toner replacement", "Printer maintenance"], hits.Select(hit => hit.GetProperty("article").GetProperty("title").GetString()));
        Assert.True(hits[0].GetProperty("rank").GetDouble() > hits[1].GetProperty("rank").GetDouble());
        Assert.Contains("<mark>quillmaster</mark>", hits[1].GetProperty("snippet").GetString());
        Assert.Contains("<mark>toner</mark>", hits[1].GetProperty("snippet").GetString());
        Assert.Equal(["Quillmaster toner replacement", "Toner disposal", "Printer maintenance", "Paper jams"], anyWord);
        Assert.Equal(["Paper jams"], stemmed);
    }

    [Fact]
    public async Task A_client_writing_a_request_is_offered_the_published_articles_that_match_it_best()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Suggested Ltd");
        await PublishedAsync(agent, "Flumbot will not sync calendars", "Sign out of flumbot and in again to sync the calendar.", "ALL_CLIENTS");
        await PublishedAsync(agent, "Flumbot licences", "Ask your admin for a flumbot licence.", "ALL_CLIENTS");
        await DraftAsync(agent, "Flumbot calendar sync (draft)", "Flumbot calendar sync, not out yet.", "ALL_CLIENTS");

        var suggested = (await app.Host.GraphQLAsync(
            "query($title: String!, $description: String) { suggestArticles(title: $title, description: $description) { article { title } } }",
            new { title = "My Flumbot calendar won't sync!", description = "Since Monday the calendar in flumbot is empty." }, member)).Data("suggestArticles")
            .EnumerateArray().Select(hit => hit.GetProperty("article").GetProperty("title").GetString()).ToList();

        Assert.Equal(["Flumbot will not sync calendars", "Flumbot licences"], suggested);
    }

    [Fact]
    public async Task Answered_clients_and_requests_submitted_anyway_give_the_deflection_rate_and_staff_name_the_article_that_solved_a_request()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Deflected Ltd");
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, member.ClientId);
        var third = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, member.ClientId);
        var article = await PublishedAsync(agent, "Snarfle reset", "Hold the snarfle button for ten seconds.", "ALL_CLIENTS");
        var internalNote = await PublishedAsync(agent, "Snarfle internals", "Staff only.", "INTERNAL");

        (await app.Host.GraphQLAsync("mutation($id: ID!) { markArticleAnswered(articleId: $id) { id } }", new { id = article }, member)).Data("markArticleAnswered");
        (await app.Host.GraphQLAsync("mutation($id: ID!) { markArticleAnswered(articleId: $id) { id } }", new { id = article }, colleague)).Data("markArticleAnswered");
        var submitted = (await app.Host.GraphQLAsync(
            "mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id version } } }",
            new { input = new { title = "Snarfle still stuck", suggestedArticleIds = new[] { article } } }, third)).Data("submitRequest").GetProperty("request");
        var requestId = submitted.GetProperty("id").GetString();
        var version = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { version } }", new { id = requestId }, agent)).Data("request").GetProperty("version").GetInt32();
        const string Link = "mutation($r: ID!, $v: Int!, $a: ID!) { linkSolvingArticle(requestId: $r, version: $v, articleId: $a) { solvedBy { title } } }";
        var linked = (await app.Host.GraphQLAsync(Link, new { r = requestId, v = version, a = article }, agent)).Data("linkSolvingArticle");
        var internalLinked = await app.Host.GraphQLAsync(Link, new { r = requestId, v = version + 1, a = internalNote }, agent);
        var seenByClient = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { solvedBy { title html } } }", new { id = requestId }, third)).Data("request");
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var selfService = (await app.Host.GraphQLAsync(
            "query($from: DateOnly!, $to: DateOnly!, $id: ID!) { insights(from: $from, to: $to, clientId: $id) { selfService { answered submittedAnyway deflectionRatePercent } } }",
            new { from = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id = member.ClientId }, admin))
            .Data("insights").GetProperty("selfService");

        Assert.Equal("Snarfle reset", linked.GetProperty("solvedBy")[0].GetProperty("title").GetString());
        Assert.Equal("CONFLICT", internalLinked.SingleError().Code());
        Assert.Equal("<p>Hold the snarfle button for ten seconds.</p>\n", seenByClient.GetProperty("solvedBy")[0].GetProperty("html").GetString());
        Assert.Equal((2, 1, 66.7), (selfService.GetProperty("answered").GetInt32(), selfService.GetProperty("submittedAnyway").GetInt32(), selfService.GetProperty("deflectionRatePercent").GetDouble()));
    }

    [Fact]
    public async Task Hostile_markdown_renders_inert_in_the_article_and_its_search_snippet()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Hostile Readers");
        const string Hostile = """
            Grommetize <script>alert('grommetize')</script> now.

            <img src=x onerror="alert(1)"> <a href="https://example.test" onclick="alert(2)">raw link</a>

            [click me](javascript:alert(3)) ![pic](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=)

            <iframe src="https://evil.test"></iframe> <style>body{display:none}</style>

            [Safe help](https://help.example.test/grommet) and <https://example.test/auto>
            """;
        var id = await PublishedAsync(agent, "Grommetize safely", Hostile, "ALL_CLIENTS");

        var html = (await app.Host.GraphQLAsync("query($id: ID!) { article(id: $id) { html } }", new { id }, member)).Data("article").GetProperty("html").GetString()!;
        var snippet = (await app.Host.GraphQLAsync(Search, new { query = "grommetize" }, member)).Data("searchArticles")[0].GetProperty("snippet").GetString()!;

        var tags = Tags().Matches(html).Select(tag => tag.Value).ToList();
        Assert.DoesNotContain(tags, tag => Dangerous().IsMatch(tag));
        Assert.Equal(["a", "img", "p"], tags.Select(tag => TagName().Match(tag).Groups[1].Value.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;img src=x onerror", html);
        Assert.Contains("<a href=\"https://help.example.test/grommet\" rel=\"noopener noreferrer nofollow\">Safe help</a>", html);
        Assert.Contains("href=\"https://example.test/auto\"", html);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("<mark>", snippet);
    }

    [Fact]
    public async Task Clients_keep_reading_the_published_revision_while_staff_revise_and_may_read_earlier_published_ones()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Revised Ltd");
        var id = await PublishedAsync(agent, "Blorptastic setup", "Step one.", "ALL_CLIENTS");
        const string Read = "query($id: ID!, $revision: Int) { article(id: $id, revision: $revision) { revision title publishedRevision revisions { number } } }";
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { reviseArticle(articleId: $id, title: \"Blorptastic setup, 2027\", category: \"Guides\", body: \"Step one, then two.\") { revision } }",
            new { id }, agent)).Data("reviseArticle");

        var beforeRepublishing = (await app.Host.GraphQLAsync(Read, new { id }, member)).Data("article");
        var staffView = (await app.Host.GraphQLAsync(Read, new { id }, agent)).Data("article");
        var unpublishedRevision = await app.Host.GraphQLAsync(Read, new { id, revision = 2 }, member);
        (await app.Host.GraphQLAsync("mutation($id: ID!) { publishArticle(articleId: $id) { revision } }", new { id }, agent)).Data("publishArticle");
        var afterRepublishing = (await app.Host.GraphQLAsync(Read, new { id }, member)).Data("article");
        var firstRevision = (await app.Host.GraphQLAsync(Read, new { id, revision = 1 }, member)).Data("article");
        var rated = (await app.Host.GraphQLAsync("mutation($id: ID!) { rateArticle(articleId: $id, helpful: true) { helpfulCount myRating } }", new { id }, member)).Data("rateArticle");

        Assert.Equal((1, "Blorptastic setup", JsonValueKind.Null), (beforeRepublishing.GetProperty("revision").GetInt32(), beforeRepublishing.GetProperty("title").GetString(), beforeRepublishing.GetProperty("revisions").ValueKind));
        Assert.Equal((2, 2), (staffView.GetProperty("revision").GetInt32(), staffView.GetProperty("revisions").GetArrayLength()));
        Assert.Equal("NOT_FOUND", unpublishedRevision.SingleError().Code());
        Assert.Equal((2, "Blorptastic setup, 2027", 2), (afterRepublishing.GetProperty("revision").GetInt32(), afterRepublishing.GetProperty("title").GetString(), afterRepublishing.GetProperty("publishedRevision").GetInt32()));
        Assert.Equal("Blorptastic setup", firstRevision.GetProperty("title").GetString());
        Assert.Equal((1, true), (rated.GetProperty("helpfulCount").GetInt32(), rated.GetProperty("myRating").GetBoolean()));
    }

    private async Task<string> DraftAsync(SignedIn writer, string title, string body, string audience, Guid? clientId = null) =>
        (await app.Host.GraphQLAsync(
            Draft, new { input = new { title, category = "Guides", body, audience, clientIds = clientId is { } id ? new[] { id } : null } }, writer))
            .Data("draftArticle").GetProperty("id").GetString()!;

    private async Task<string> PublishedAsync(SignedIn writer, string title, string body, string audience, Guid? clientId = null)
    {
        var id = await DraftAsync(writer, title, body, audience, clientId);
        (await app.Host.GraphQLAsync("mutation($id: ID!) { publishArticle(articleId: $id) { status } }", new { id }, writer)).Data("publishArticle");
        return id;
    }

    private async Task<List<string?>> TitlesAsync(SignedIn reader, string query) =>
        (await app.Host.GraphQLAsync(Search, new { query }, reader)).Data("searchArticles").EnumerateArray().Select(hit => hit.GetProperty("article").GetProperty("title").GetString()).ToList();

    /// <summary>Every opening tag in the HTML; text that merely looks like a tag is escaped and so never matches.</summary>
    [GeneratedRegex("<[a-zA-Z][^<>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^<([a-zA-Z0-9]+)")]
    private static partial Regex TagName();

    /// <summary>An event handler, or a link or source that runs or embeds something.</summary>
    [GeneratedRegex(@"\son\w+\s*=|(href|src)\s*=\s*""?\s*(javascript|data|vbscript):|^<(script|iframe|style|object|embed|form)", RegexOptions.IgnoreCase)]
    private static partial Regex Dangerous();
}
