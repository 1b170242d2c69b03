using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Wolverine.Http;

namespace Milestone.Api.People;

/// <summary>
/// Where invitation, sign-up, verification and password-reset links land while the portal's address is this host's own
/// (<c>Milestone:Portal:BaseUrl</c>, Development's default): a page saying what the link is for and the mutation that
/// finishes it, with the link's token filled in, until a portal is connected. The token is in the address, so
/// nothing is cached or sent on as a referrer.
/// </summary>
public static partial class PortalLinkLanding
{
    [WolverineGet("/invitations/accept")]
    public static IResult Invitation(string? token, string? tenant, HttpContext http) => Page(
        http,
        "Accept your invitation",
        "Choose a password of at least 12 characters, then sign in with your e-mail address and it.",
        $$"""mutation { acceptInvitation(input: {token: "{{token}}", password: "your new password"}) { id email status } }""",
        token,
        tenant);

    [WolverineGet("/sign-up")]
    public static IResult SignUp(string? token, string? tenant, HttpContext http) => Page(
        http,
        "Sign up",
        "Give your work e-mail address, your name and a password of at least 12 characters; then open the link we e-mail you.",
        $$"""mutation { signUp(input: {token: "{{token}}", email: "you@example.com", name: "Your Name", password: "your new password"}) }""",
        token,
        tenant);

    [WolverineGet("/email/verify")]
    public static IResult EmailVerification(string? token, string? tenant, HttpContext http) => Page(
        http,
        "Confirm your e-mail address",
        "This finishes your sign-up; then sign in with your e-mail address and the password you chose.",
        $$"""mutation { verifyEmail(token: "{{token}}") { id email status } }""",
        token,
        tenant);

    [WolverineGet("/password/reset")]
    public static IResult PasswordReset(string? token, string? tenant, HttpContext http) => Page(
        http,
        "Choose a new password",
        "At least 12 characters. With two-factor sign-in on, add twoFactorCode (or recoveryCode); every session ends.",
        $$"""mutation { resetPassword(input: {token: "{{token}}", newPassword: "your new password"}) }""",
        token,
        tenant);

    private static IResult Page(HttpContext http, string title, string advice, string mutation, string? token, string? tenant)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        // The page hands out a command to paste into a shell: a crafted link must not put anything but a token and a tenant id in it.
        if (!LinkValue().IsMatch(token ?? "") || tenant is { Length: > 0 } && !LinkValue().IsMatch(tenant))
        {
            return Results.Content(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Link not complete · Milestone</title></head>"
                + "<body><p>This link is not complete. Copy the whole link from the e-mail again.</p></body></html>",
                "text/html; charset=utf-8",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var html = HtmlEncoder.Default;
        var body = JsonSerializer.Serialize(new { query = mutation });
        var tenantHeader = tenant is { Length: > 0 } ? $" -H '{TenantResolution.Header}: {tenant}'" : "";
        var curl = $"curl -s {http.Request.Scheme}://{http.Request.Host}/graphql -H 'Content-Type: application/json'{tenantHeader} -d '{body}'";
        return Results.Content(
            $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(title)} · Milestone</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; line-height: 1.5">
            <h1>{html.Encode(title)}</h1>
            <p>This link is meant for the Client Portal, which is not connected to this Milestone yet. {html.Encode(advice)}</p>
            <p>Send this GraphQL mutation (in the GraphQL explorer at <a href="/graphql/ui">/graphql/ui</a>, or with curl):</p>
            <pre style="white-space: pre-wrap; background: #f4f4f4; padding: 1rem">{html.Encode(mutation)}</pre>
            <pre style="white-space: pre-wrap; background: #f4f4f4; padding: 1rem">{html.Encode(curl)}</pre>
            </body></html>
            """,
            "text/html; charset=utf-8");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex LinkValue();
}
