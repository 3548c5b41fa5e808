namespace EditorialHub.Web.Hosting;

public static class SecurityHeaders
{
    // What the app and Radzen actually need: own scripts only (no inline script, no eval), inline
    // styles (Radzen sets style attributes), images from the app or pasted as data:, the circuit's
    // WebSocket on the same host. No framing anywhere.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; " +
        "form-action 'self'; object-src 'none'";

    private static readonly object OwnPolicyKey = new();

    /// <summary>
    /// This response's content security policy instead of the page policy. A header written by the
    /// endpoint itself would be overwritten here when the response starts (as an attachment's sandbox
    /// once was), so the endpoint hands its policy over instead.
    /// </summary>
    public static void UseOwnContentSecurityPolicy(this HttpContext context, string policy) =>
        context.Items[OwnPolicyKey] = policy;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // Set, not added: one policy per response, the page's (over the framework's own
                // frame-ancestors) unless the endpoint chose its own (an item's file, sandboxed).
                headers.ContentSecurityPolicy = context.Items.TryGetValue(OwnPolicyKey, out var own) && own is string policy
                    ? policy
                    : ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
