using System.Runtime.CompilerServices;
using Milestone.Api.Tests.Appointments;
using Milestone.Api.Tests.Sla;

namespace Milestone.Api.Tests.People;

/// <summary>
/// Every query and mutation that takes an id, called by a user of another client with an id of
/// Globex's, answers NOT_FOUND, exactly as for an id that does not exist, and writes nothing; node and
/// nodes answer null for it, exactly as for an id that does not exist.
/// </summary>
[Collection(Collections.People)]
public sealed class CrossClientIsolationTests(MilestoneApp app) : IAsyncLifetime
{
    private SignedIn _acmeAdmin = null!;
    private SignedIn _initechManager = null!;
    private Dictionary<string, string> _globexIds = null!;

    public static TheoryData<string, string, string> Operations => WithSharedOperations(new()
    {
        { "submitRequest at a location", "mutation($id: ID!) { submitRequest(input: {title: \"Mine\", locationId: $id}) { request { id } } }", "location" },
        { "submitRequest about assets", "mutation($id: ID!) { submitRequest(input: {title: \"Mine\", assetIds: [$id]}) { request { id } } }", "asset" },
        { "requestAsset", "mutation($id: ID!) { requestAsset(kind: OTHER, reason: \"Mine\", locationId: $id) { request { id } } }", "location" },
        { "request", "query($id: ID!) { request(id: $id) { id title } }", "request" },
        { "requestHistory", "query($id: ID!) { requestHistory(id: $id) { type } }", "request" },
        { "requestAsOf", "query($id: ID!) { request(id: $id, asOf: \"2030-01-01T00:00:00Z\") { id title } }", "request" },
        { "slaClockHistory", "query($id: ID!) { slaClockHistory(requestId: $id) { type } }", "request" },
        { "hourBankHistory", "query($id: ID!) { hourBankHistory(clientId: $id) { type } }", "client" },
        { "clientOrganisation", "query($id: ID!) { clientOrganisation(id: $id) { id name } }", "client" },
        { "people", "query($id: ID!) { people(clientId: $id) { id email } }", "client" },
        { "deactivatePerson", "mutation($id: ID!) { deactivatePerson(personId: $id) { id } }", "invitee" },
        { "changeRole", "mutation($id: ID!) { changeRole(personId: $id, role: CLIENT_ADMIN) { id } }", "invitee" },
        { "resendInvitation", "mutation($id: ID!) { resendInvitation(personId: $id) { id } }", "invitee" },
        { "invitePerson", "mutation($id: ID!) { invitePerson(input: {email: \"spy@acme.test\", name: \"Spy\", role: CLIENT_MEMBER, clientId: $id}) { id } }", "client" },
        { "startWork", "mutation($id: ID!) { startWork(requestId: $id, version: 1) { id } }", "request" },
        { "cancelRequest", "mutation($id: ID!) { cancelRequest(requestId: $id, version: 1, reason: \"Mine now\") { id } }", "request" },
        { "requestMessages", "query($id: ID!) { requestMessages(requestId: $id) { id body } }", "request" },
        { "postMessage", "mutation($id: ID!) { postMessage(requestId: $id, body: \"Hello neighbour\") { id } }", "request" },
        { "markMessagesRead", "mutation($id: ID!) { markMessagesRead(requestId: $id) }", "request" },
        { "submitRequest", "mutation($id: ID!) { submitRequest(input: {title: \"Planted\", clientId: $id}) { request { id } } }", "client" },
        { "setTwoFactorRequirement", "mutation($id: ID!) { setTwoFactorRequirement(clientId: $id, required: true) { id } }", "client" },
        { "hourBank", "query($id: ID!) { hourBank(clientId: $id) { bankId } }", "client" },
        { "hourBankUsage", "query($id: ID!) { hourBankUsage(clientId: $id, from: \"2026-01-01\", to: \"2026-12-31\", groupBy: REQUEST) { key } }", "client" },
        { "hourBankStatement", "query($id: ID!) { hourBankStatement(clientId: $id, month: \"2026-11\") { reconciles } }", "client" },
        { "hourBankForecast", "query($id: ID!) { hourBankForecast(clientId: $id) { remainingMinutes } }", "client" },
        { "openHourBank", "mutation($id: ID!) { openHourBank(clientId: $id, currency: \"EUR\", terms: {billingIncrementMinutes: 15, overageRatePerHour: 100, lowBalanceThreshold: {measure: MINUTES, value: 0}}) { bankId } }", "client" },
        { "changeHourBankTerms", "mutation($id: ID!) { changeHourBankTerms(clientId: $id, terms: {billingIncrementMinutes: 1, overageRatePerHour: 0, lowBalanceThreshold: {measure: MINUTES, value: 0}}) { bankId } }", "client" },
        { "setHourBankBurnRates", "mutation($id: ID!) { setHourBankBurnRates(clientId: $id, rates: {teams: [], workTypes: [{category: \"After hours\", multiplier: 2}]}) { bankId } }", "client" },
        { "purchaseHourBlock", "mutation($id: ID!) { purchaseHourBlock(clientId: $id, input: {minutes: 60, price: 0, currency: \"EUR\", purchasedOn: \"2026-11-01\"}) { bankId } }", "client" },
        { "contractMonthlyAllocation", "mutation($id: ID!) { contractMonthlyAllocation(clientId: $id, input: {minutesPerMonth: 60, startMonth: \"2026-12-01\", rollover: {carriesOver: true}}) { bankId } }", "client" },
        { "adjustHours", "mutation($id: ID!) { adjustHours(clientId: $id, minutes: 60, reason: \"Mine now\") { bankId } }", "client" },
        { "chooseClientSlaPolicy", "mutation($id: ID!) { chooseClientSlaPolicy(clientId: $id) { id } }", "client" },
        { "slaWhatIf", "query($id: ID!) { slaWhatIf(clientId: $id, policy: {name: \"Try\", calendarId: \"0193a1b2-0000-7000-8000-000000000005\", timeZoneSource: CLIENT, atRiskPercent: 75, targets: []}, from: \"2026-11-01T00:00:00Z\", to: \"2026-11-30T00:00:00Z\") { requests } }", "client" },
        { "slaCompliance", "query($id: ID!) { slaCompliance(fromMonth: \"2026-11\", toMonth: \"2026-11\", clientId: $id) { eventsBehind } }", "client" },
        { "clientDashboard", "query($id: ID!) { clientDashboard(clientId: $id) { clientId } }", "client" },
        { "requestMoreHours", "mutation($id: ID!) { requestMoreHours(clientId: $id, minutes: 60) { bankId } }", "client" },
        { "invoices", "query($id: ID!) { invoices(clientId: $id) { id } }", "client" },
        { "billingOverview", "query($id: ID!) { billingOverview(clientId: $id) { outstanding } }", "client" },
        { "setClientBillingTerms", "mutation($id: ID!) { setClientBillingTerms(clientId: $id, taxRatePercent: 0, paymentTermsDays: 1) { id } }", "client" },
        { "hourPurchases", "query($id: ID!) { hourPurchases(clientId: $id) { id } }", "client" },
        { "requestHourPurchase", "mutation($id: ID!) { requestHourPurchase(clientId: $id, offerId: \"0193a1b2-0000-7000-8000-000000000004\") { id } }", "client" },
        { "approveHourPurchase", "mutation($id: ID!) { approveHourPurchase(purchaseId: $id) { id } }", "purchase" },
        { "declineHourPurchase", "mutation($id: ID!) { declineHourPurchase(purchaseId: $id, reason: \"Mine now\") { id } }", "purchase" },
        { "invoice", "query($id: ID!) { invoice(id: $id) { id total } }", "invoice" },
        { "draftInvoice", "mutation($id: ID!) { draftInvoice(input: {clientId: $id, currency: \"EUR\", taxRatePercent: 0, paymentTermsDays: 30}) { id } }", "client" },
        { "addInvoiceLine", "mutation($id: ID!) { addInvoiceLine(invoiceId: $id, input: {lineId: \"0193a1b2-0000-7000-8000-000000000001\", description: \"Mine\", quantity: 1, unitPrice: 1}) { id } }", "invoice" },
        { "removeInvoiceLine", "mutation($id: ID!) { removeInvoiceLine(invoiceId: $id, lineId: \"0193a1b2-0000-7000-8000-000000000001\") { id } }", "invoice" },
        { "issueInvoice", "mutation($id: ID!) { issueInvoice(invoiceId: $id) { id } }", "invoice" },
        { "recordInvoicePayment", "mutation($id: ID!) { recordInvoicePayment(invoiceId: $id, input: {paymentId: \"0193a1b2-0000-7000-8000-000000000002\", amount: 1, paidOn: \"2026-12-01\", method: \"Card\"}) { id } }", "invoice" },
        { "voidInvoice", "mutation($id: ID!) { voidInvoice(invoiceId: $id, reason: \"Mine now\") { id } }", "invoice" },
        { "payInvoiceOnline", "mutation($id: ID!) { payInvoiceOnline(invoiceId: $id) { url } }", "invoice" },
        { "billingUsage", "query($id: ID!) { billingUsage(clientId: $id, from: \"2026-11-01\", to: \"2026-11-30\") { loggedMinutes } }", "client" },
        { "closeBillingMonth", "mutation($id: ID!) { closeBillingMonth(clientId: $id, month: \"2026-10-01\") { id } }", "client" },
        { "setClientRates", "mutation($id: ID!) { setClientRates(clientId: $id, input: {currency: \"EUR\", incrementMinutes: 15, hourlyRate: 100}) { id } }", "client" },
        { "appointments", "query($id: ID!) { appointments(clientId: $id) { id } }", "client" },
        { "appointmentSlots", "query($id: ID!) { appointmentSlots(clientId: $id, serviceId: \"0193a1b2-0000-7000-8000-000000000006\", date: \"2030-01-07\") { start } }", "client" },
        { "requestAppointment", "mutation($id: ID!) { requestAppointment(input: {clientId: $id, serviceId: \"0193a1b2-0000-7000-8000-000000000006\", start: \"2030-01-07T10:00:00Z\"}) { id } }", "client" },
        { "appointment", "query($id: ID!) { appointment(id: $id) { id notes } }", "appointment" },
        { "editAppointment", "mutation($id: ID!) { editAppointment(appointmentId: $id, start: \"2030-01-07T10:00:00Z\", notes: \"Mine\") { id } }", "appointment" },
        { "approveAppointment", "mutation($id: ID!) { approveAppointment(appointmentId: $id, technicianId: \"0193a1b2-0000-7000-8000-000000000005\") { id } }", "appointment" },
        { "declineAppointment", "mutation($id: ID!) { declineAppointment(appointmentId: $id, reason: \"Mine now\") { id } }", "appointment" },
        { "rescheduleAppointment", "mutation($id: ID!) { rescheduleAppointment(appointmentId: $id, start: \"2030-01-07T10:00:00Z\", reason: \"Mine now\") { id } }", "appointment" },
        { "cancelAppointment", "mutation($id: ID!) { cancelAppointment(appointmentId: $id) { id } }", "appointment" },
    });

    /// <summary>Fields for staff only, asked by an account manager kept to another client.</summary>
    public static TheoryData<string, string, string> StaffOperations => WithSharedOperations(new()
    {
        { "portalLinks", "query($id: ID!) { portalLinks(clientId: $id) { id } }", "client" },
        { "slaWhatIf", "query($id: ID!) { slaWhatIf(clientId: $id, policy: {name: \"Try\", calendarId: \"0193a1b2-0000-7000-8000-000000000005\", timeZoneSource: CLIENT, atRiskPercent: 75, targets: []}, from: \"2026-11-01T00:00:00Z\", to: \"2026-11-30T00:00:00Z\") { requests } }", "client" },
        { "createPortalLink", "mutation($id: ID!) { createPortalLink(input: {clientId: $id}) { url } }", "client" },
        { "revokePortalLink", "mutation($id: ID!) { revokePortalLink(id: $id) { id } }", "portalLink" },
        { "invoice", "query($id: ID!) { invoice(id: $id) { id } }", "invoice" },
        { "issueInvoice", "mutation($id: ID!) { issueInvoice(invoiceId: $id) { id } }", "invoice" },
        { "voidInvoice", "mutation($id: ID!) { voidInvoice(invoiceId: $id, reason: \"Mine now\") { id } }", "invoice" },
        { "payInvoiceOnline", "mutation($id: ID!) { payInvoiceOnline(invoiceId: $id) { url } }", "invoice" },
        { "billingUsage", "query($id: ID!) { billingUsage(clientId: $id, from: \"2026-11-01\", to: \"2026-11-30\") { loggedMinutes } }", "client" },
        { "closeBillingMonth", "mutation($id: ID!) { closeBillingMonth(clientId: $id, month: \"2026-10-01\") { id } }", "client" },
        { "setClientRates", "mutation($id: ID!) { setClientRates(clientId: $id, input: {currency: \"EUR\", incrementMinutes: 15, hourlyRate: 100}) { id } }", "client" },
        { "appointment", "query($id: ID!) { appointment(id: $id) { id notes } }", "appointment" },
        { "editAppointment", "mutation($id: ID!) { editAppointment(appointmentId: $id, start: \"2030-01-07T10:00:00Z\", notes: \"Mine\") { id } }", "appointment" },
        { "approveAppointment", "mutation($id: ID!) { approveAppointment(appointmentId: $id, technicianId: \"0193a1b2-0000-7000-8000-000000000005\") { id } }", "appointment" },
        { "declineAppointment", "mutation($id: ID!) { declineAppointment(appointmentId: $id, reason: \"Mine now\") { id } }", "appointment" },
        { "rescheduleAppointment", "mutation($id: ID!) { rescheduleAppointment(appointmentId: $id, start: \"2030-01-07T10:00:00Z\", reason: \"Mine now\") { id } }", "appointment" },
        { "cancelAppointment", "mutation($id: ID!) { cancelAppointment(appointmentId: $id) { id } }", "appointment" },
    });

    /// <summary>Every project, article, location and asset field, asked by client users and by staff alike.</summary>
    private static readonly (string Operation, string Document, string IdKind)[] SharedOperations =
    [
        ("location", "query($id: ID!) { location(id: $id) { id name } }", "location"),
        ("locations", "query($id: ID!) { locations(clientId: $id) { id } }", "client"),
        ("addLocation", "mutation($id: ID!) { addLocation(input: {clientId: $id, name: \"Mine\"}) { id } }", "client"),
        ("reviseLocation", "mutation($id: ID!) { reviseLocation(locationId: $id, name: \"Mine\") { id } }", "location"),
        ("closeLocation", "mutation($id: ID!) { closeLocation(locationId: $id) { id } }", "location"),
        ("placePersonAtLocation", "mutation($id: ID!) { placePersonAtLocation(personId: $id) { id } }", "member"),
        ("limitClientAdminToLocations", "mutation($id: ID!) { limitClientAdminToLocations(personId: $id) { id } }", "member"),
        ("changeRequestLocation", "mutation($id: ID!) { changeRequestLocation(requestId: $id, version: 1) { id } }", "request"),
        ("asset", "query($id: ID!) { asset(id: $id) { id name } }", "asset"),
        ("assets", "query($id: ID!) { assets(clientId: $id) { id } }", "client"),
        ("registerAsset", "mutation($id: ID!) { registerAsset(input: {clientId: $id, name: \"Mine\", kind: OTHER}) { id } }", "client"),
        ("changeAssetDetails", "mutation($id: ID!) { changeAssetDetails(assetId: $id, input: {name: \"Mine\", kind: OTHER}) { id } }", "asset"),
        ("moveAsset", "mutation($id: ID!) { moveAsset(assetId: $id) { id } }", "asset"),
        ("changeAssetStatus", "mutation($id: ID!) { changeAssetStatus(assetId: $id, status: RETIRED) { id } }", "asset"),
        ("importAssets", "mutation($id: ID!) { importAssets(clientId: $id, csv: \"tag,name,kind\\nX-1,Mine,OTHER\\n\", dryRun: false) { applied } }", "client"),
        ("referenceAsset", "mutation($id: ID!) { referenceAsset(requestId: $id, version: 1, assetId: \"0193a1b2-0000-7000-8000-00000000000b\") { id } }", "request"),
        ("removeAssetReference", "mutation($id: ID!) { removeAssetReference(requestId: $id, version: 1, assetId: \"0193a1b2-0000-7000-8000-00000000000b\") { id } }", "request"),
        ("project", "query($id: ID!) { project(id: $id) { id name } }", "project"),
        ("projectHistory", "query($id: ID!) { projectHistory(id: $id) { type } }", "project"),
        ("projects", "query($id: ID!) { projects(clientId: $id) { id } }", "client"),
        ("createProject", "mutation($id: ID!) { createProject(input: {clientId: $id, name: \"Mine\", startDate: \"2026-12-01\"}) { id } }", "client"),
        ("changeProjectDetails", "mutation($id: ID!) { changeProjectDetails(projectId: $id, name: \"Mine\", startDate: \"2026-12-01\") { id } }", "project"),
        ("changeProjectStatus", "mutation($id: ID!) { changeProjectStatus(projectId: $id, status: CANCELLED, reason: \"Mine now\") { id } }", "project"),
        ("addProjectPhase", "mutation($id: ID!) { addProjectPhase(projectId: $id, name: \"Mine\") { id } }", "project"),
        ("changeProjectPhase", "mutation($id: ID!) { changeProjectPhase(projectId: $id, phaseId: \"0193a1b2-0000-7000-8000-000000000007\", name: \"Mine\") { id } }", "project"),
        ("addProjectTask", "mutation($id: ID!) { addProjectTask(projectId: $id, phaseId: \"0193a1b2-0000-7000-8000-000000000007\", title: \"Mine\", estimateMinutes: 60) { id } }", "project"),
        ("changeProjectTask", "mutation($id: ID!) { changeProjectTask(projectId: $id, taskId: \"0193a1b2-0000-7000-8000-000000000008\", phaseId: \"0193a1b2-0000-7000-8000-000000000007\", title: \"Mine\", estimateMinutes: 60) { id } }", "project"),
        ("assignProjectTask", "mutation($id: ID!) { assignProjectTask(projectId: $id, taskId: \"0193a1b2-0000-7000-8000-000000000008\") { id } }", "project"),
        ("changeProjectTaskStatus", "mutation($id: ID!) { changeProjectTaskStatus(projectId: $id, taskId: \"0193a1b2-0000-7000-8000-000000000008\", status: DONE) { id } }", "project"),
        ("addProjectTaskNote", "mutation($id: ID!) { addProjectTaskNote(projectId: $id, taskId: \"0193a1b2-0000-7000-8000-000000000008\", text: \"Mine\") { id } }", "project"),
        ("linkRequestToProjectTask", "mutation($id: ID!) { linkRequestToProjectTask(requestId: $id, version: 1, projectTask: {projectId: \"0193a1b2-0000-7000-8000-000000000009\", taskId: \"0193a1b2-0000-7000-8000-000000000008\"}) { id } }", "request"),
        ("article", "query($id: ID!) { article(id: $id) { title } }", "article"),
        ("articleRevision", "query($id: ID!) { article(id: $id, revision: 1) { title } }", "article"),
        ("reviseArticle", "mutation($id: ID!) { reviseArticle(articleId: $id, title: \"Mine\", category: \"Mine\", body: \"Mine\") { id } }", "article"),
        ("changeArticleAudience", "mutation($id: ID!) { changeArticleAudience(articleId: $id, audience: ALL_CLIENTS) { id } }", "article"),
        ("publishArticle", "mutation($id: ID!) { publishArticle(articleId: $id) { id } }", "article"),
        ("archiveArticle", "mutation($id: ID!) { archiveArticle(articleId: $id) { id } }", "article"),
        ("markArticleAnswered", "mutation($id: ID!) { markArticleAnswered(articleId: $id) { id } }", "article"),
        ("linkSolvingArticle", "mutation($id: ID!) { linkSolvingArticle(requestId: $id, version: 1, articleId: \"0193a1b2-0000-7000-8000-00000000000a\") { id } }", "request"),
        ("rateArticle", "mutation($id: ID!) { rateArticle(articleId: $id, helpful: false) { id } }", "article"),
        ("draftArticle", "mutation($id: ID!) { draftArticle(input: {title: \"Mine\", category: \"Mine\", body: \"Mine\", audience: CHOSEN_CLIENTS, clientIds: [$id]}) { id } }", "client"),
        ("unlinkRequestFromProjectTask", "mutation($id: ID!) { unlinkRequestFromProjectTask(requestId: $id, version: 1) { id } }", "request"),
    ];

    public static TheoryData<string> ForeignKinds => ["request", "client", "invitee", "member", "message", "worklog", "team"];

    /// <summary>
    /// The scene is set once per host, not once per case: every case is refused and writes nothing (which
    /// it checks), so the next case finds the scene as it was.
    /// </summary>
    private static readonly ConditionalWeakTable<MilestoneApp, Task<(string AcmeAdmin, string InitechManager, Dictionary<string, string> GlobexIds)>> Scenes = new();

    public async Task InitializeAsync()
    {
        var (acmeAdmin, initechManager, globexIds) = await Scenes.GetValue(app, SetSceneAsync);
        _acmeAdmin = await app.SignInAsync(acmeAdmin);
        _initechManager = await app.SignInAsync(initechManager);
        _globexIds = globexIds;
    }

    private static async Task<(string AcmeAdmin, string InitechManager, Dictionary<string, string> GlobexIds)> SetSceneAsync(MilestoneApp app)
    {
        var admin = await app.SharedAdministratorAsync();
        var acmeAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Acme Corp");
        var globexClient = await app.ClientOrganisationAsync(admin, "Globex");
        var globexMember = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, globexClient);
        var globexInvitee = await app.InviteAsync(admin, Role.ClientMember, globexClient);
        (await app.Host.GraphQLAsync(HourBankScenes.Open, new { clientId = globexClient, threshold = 0 }, admin)).Data("openHourBank");
        var request = (await app.Host.GraphQLAsync(
            "mutation { submitRequest(input: {title: \"Globex secret\"}) { request { id } } }", signedIn: globexMember)).Data("submitRequest");
        var requestId = request.GetProperty("request").GetProperty("id").GetString()!;
        // The tests count events, so what a message and a worklog set off (the SLA clock, the hour bank) must be written first.
        var message = (await app.SettledAsync(() => app.Host.GraphQLAsync(
            "mutation($id: ID!) { postMessage(requestId: $id, body: \"Globex secret\") { id } }", new { id = requestId }, globexMember))).Data("postMessage");
        var worklog = (await app.SettledAsync(() => app.Host.GraphQLAsync(
            "mutation($id: ID!) { logWork(requestId: $id, minutes: 15, workDate: \"2026-11-02\") { id } }", new { id = requestId }, admin))).Data("logWork");
        var team = (await app.Host.GraphQLAsync("mutation { createTeam(name: \"Globex desk\") { id } }", signedIn: admin)).Data("createTeam");
        var invitee = (await app.Host.GraphQLAsync($"{{ people(clientId: \"{globexClient}\") {{ id email }} }}", signedIn: admin)).Data("people")
            .EnumerateArray().Single(person => person.GetProperty("email").GetString() == globexInvitee);
        var portalLink = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { createPortalLink(input: {clientId: $id}) { link { id } } }", new { id = globexClient }, admin)).Data("createPortalLink");
        var invoice = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { draftInvoice(input: {clientId: $id, currency: \"EUR\", taxRatePercent: 20, paymentTermsDays: 30}) { id } }", new { id = globexClient }, admin))
            .Data("draftInvoice").GetProperty("id").GetString()!;
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { addInvoiceLine(invoiceId: $id, input: {lineId: \"0193a1b2-0000-7000-8000-000000000003\", description: \"Globex support\", quantity: 1, unitPrice: 100}) { id } }",
            new { id = invoice }, admin)).Data("addInvoiceLine");
        (await app.Host.GraphQLAsync("mutation($id: ID!) { issueInvoice(invoiceId: $id) { id } }", new { id = invoice }, admin)).Data("issueInvoice");
        var offer = (await app.Host.GraphQLAsync(
            "mutation { defineHourOffer(input: {name: \"Ten hours\", minutes: 600, price: 900, currency: \"EUR\"}) { id } }", signedIn: admin)).Data("defineHourOffer").GetProperty("id").GetString();
        var purchase = (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $offer: ID!) { requestHourPurchase(clientId: $id, offerId: $offer) { id } }", new { id = globexClient, offer }, admin))
            .Data("requestHourPurchase").GetProperty("id").GetString()!;
        var appointment = await GlobexAppointmentAsync(app, admin, globexClient, globexMember);
        var project = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { createProject(input: {clientId: $id, name: \"Globex secret\", startDate: \"2026-12-01\"}) { id } }", new { id = globexClient }, admin))
            .Data("createProject").GetProperty("id").GetString()!;
        (await app.Host.GraphQLAsync("mutation($id: ID!) { addProjectPhase(projectId: $id, name: \"Globex phase\") { id } }", new { id = project }, admin)).Data("addProjectPhase");
        var article = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { draftArticle(input: {title: \"Globex secret\", category: \"Globex\", body: \"Globex only\", audience: CHOSEN_CLIENTS, clientIds: [$id]}) { id } }",
            new { id = globexClient }, admin)).Data("draftArticle").GetProperty("id").GetString()!;
        (await app.Host.GraphQLAsync("mutation($id: ID!) { publishArticle(articleId: $id) { id } }", new { id = article }, admin)).Data("publishArticle");
        var location = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { addLocation(input: {clientId: $id, name: \"Globex HQ\"}) { id } }", new { id = globexClient }, admin)).Data("addLocation").GetProperty("id").GetString()!;
        var asset = (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $at: ID) { registerAsset(input: {clientId: $id, name: \"Globex server\", kind: SERVER, tag: \"GLX-1\", locationId: $at}) { id } }",
            new { id = globexClient, at = location }, admin)).Data("registerAsset").GetProperty("id").GetString()!;
        var initechManager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $clients: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $clients) { id } }",
            new { id = initechManager.PersonId, clients = new[] { await app.ClientOrganisationAsync(admin, "Initech") } },
            admin)).Data("scopeStaffToClients");
        return (acmeAdmin.Email, initechManager.Email, new Dictionary<string, string>
        {
            ["appointment"] = appointment,
            ["project"] = project,
            ["article"] = article,
            ["location"] = location,
            ["asset"] = asset,
            ["portalLink"] = portalLink.GetProperty("link").GetProperty("id").GetString()!,
            ["invoice"] = invoice,
            ["purchase"] = purchase,
            ["request"] = requestId,
            ["client"] = globexClient.ToString(),
            ["invitee"] = invitee.GetProperty("id").GetString()!,
            ["member"] = globexMember.PersonId.ToString(),
            ["message"] = message.GetProperty("id").GetString()!,
            ["worklog"] = worklog.GetProperty("id").GetString()!,
            ["team"] = team.GetProperty("id").GetString()!,
        });
    }

    /// <summary>Globex's own office-hours policy (not the default, so other clients' requests keep running without clocks) and an appointment under it.</summary>
    private static async Task<string> GlobexAppointmentAsync(MilestoneApp app, SignedIn admin, Guid globexClient, SignedIn globexMember)
    {
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours("Globex office"));
        var policyId = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Globex"), isDefault = false }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString();
        (await app.Host.GraphQLAsync("mutation($id: ID!, $policy: ID) { chooseClientSlaPolicy(clientId: $id, policyId: $policy) { id } }", new { id = globexClient, policy = policyId }, admin))
            .Data("chooseClientSlaPolicy");
        var serviceId = (await app.Host.GraphQLAsync("mutation { defineAppointmentService(name: \"Globex visit\", durationMinutes: 60) { id } }", signedIn: admin))
            .Data("defineAppointmentService").GetProperty("id").GetString();
        var start = AppointmentScenes.London(app.WorkingDayAhead(), 10);
        return (await app.Host.GraphQLAsync(
            "mutation($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id } }", new { input = new { serviceId, start, notes = "Globex secret" } }, globexMember))
            .Data("requestAppointment").GetProperty("id").GetString()!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_foreign_id_is_not_found_like_a_missing_one_and_writes_nothing(string operation, string document, string idKind)
    {
        var before = await app.CountEventsAsync();

        var foreign = await app.Host.GraphQLAsync(document, new { id = _globexIds[idKind] }, _acmeAdmin);
        var missing = await app.Host.GraphQLAsync(document, new { id = Guid.NewGuid().ToString() }, _acmeAdmin);

        Assert.True(foreign.SingleError().Code() == "NOT_FOUND", $"{operation} answered {foreign}");
        Assert.Equal(Shape(missing), Shape(foreign));
        Assert.Equal(before, await app.CountEventsAsync());
        Assert.DoesNotContain("Globex", foreign.ToString());
    }

    [Theory]
    [MemberData(nameof(StaffOperations))]
    public async Task Staff_kept_to_other_clients_find_a_foreign_id_not_found_like_a_missing_one_and_write_nothing(string operation, string document, string idKind)
    {
        var before = await app.CountEventsAsync();

        var foreign = await app.Host.GraphQLAsync(document, new { id = _globexIds[idKind] }, _initechManager);
        var missing = await app.Host.GraphQLAsync(document, new { id = Guid.NewGuid().ToString() }, _initechManager);

        Assert.True(foreign.SingleError().Code() == "NOT_FOUND", $"{operation} answered {foreign}");
        Assert.Equal(Shape(missing), Shape(foreign));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Staff_kept_to_other_clients_are_told_a_clients_insights_are_not_found_like_a_missing_clients()
    {
        const string document = "query($id: ID!) { insights(from: \"2026-11-01\", to: \"2026-11-30\", clientId: $id) { from } }";
        var admin = await app.SharedAdministratorAsync();
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);
        var ownClient = await app.ClientOrganisationAsync(admin, "Initech");
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $clients: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $clients) { id } }",
            new { id = manager.PersonId, clients = new[] { ownClient } },
            admin)).Data("scopeStaffToClients");

        var own = await app.Host.GraphQLAsync(document, new { id = ownClient }, manager);
        var foreign = await app.Host.GraphQLAsync(document, new { id = _globexIds["client"] }, manager);
        var missing = await app.Host.GraphQLAsync(document, new { id = Guid.NewGuid().ToString() }, manager);

        Assert.Equal("2026-11-01", own.Data("insights").GetProperty("from").GetString());
        Assert.Equal("NOT_FOUND", foreign.SingleError().Code());
        Assert.Equal(Shape(missing), Shape(foreign));
    }

    [Theory]
    [MemberData(nameof(ForeignKinds))]
    public async Task Node_and_nodes_answer_a_foreign_id_with_null_like_a_missing_one(string idKind)
    {
        const string document = "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }";

        var foreign = await app.Host.GraphQLAsync(document, new { id = _globexIds[idKind] }, _acmeAdmin);
        var missing = await app.Host.GraphQLAsync(document, new { id = Guid.NewGuid().ToString() }, _acmeAdmin);

        Assert.Equal(JsonValueKind.Null, foreign.Data("node").ValueKind);
        Assert.Equal(missing.ToString(), foreign.ToString());
    }

    private static TheoryData<string, string, string> WithSharedOperations(TheoryData<string, string, string> operations)
    {
        foreach (var (operation, document, idKind) in SharedOperations)
        {
            operations.Add(operation, document, idKind);
        }

        return operations;
    }

    private static string Shape(JsonElement response) =>
        $"{response.SingleError().Code()}|{response.SingleError().GetProperty("message").GetString()}|{response.GetProperty("data")}";
}
