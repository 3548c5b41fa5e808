using EditorialHub.Core.Accounts;
using EditorialHub.Core.Board;
using EditorialHub.Web.Auth.SingleSignOn;
using EditorialHub.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace EditorialHub.Web.Auth;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/Account");

        account.MapPost("/Logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<Person> signIn, SecurityLog log) =>
        {
            // Another site must not be able to sign a teacher out or change their language.
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.BadRequest();
            if (context.User.Identity?.IsAuthenticated == true)
                await log.RecordAsync(SecurityEventKind.SignedOut, signIn.UserManager.GetUserId(context.User),
                    context.User.Identity.Name, context.Connection.RemoteIpAddress?.ToString());
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/Account/Login");
        }).AllowAnonymous();

        // The person's language: kept on their account and in the culture cookie.
        account.MapPost("/Culture", async (HttpContext context, IAntiforgery antiforgery, UserManager<Person> users) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.BadRequest();
            var form = await context.Request.ReadFormAsync();
            var culture = form["culture"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            var chosen = WebHostingExtensions.SupportedCultures.FirstOrDefault(c => c.Name == culture)
                         ?? WebHostingExtensions.SupportedCultures[0];
            var person = await users.GetUserAsync(context.User);
            if (person is not null)
            {
                person.PreferredCulture = chosen.TwoLetterISOLanguageName;
                await users.UpdateAsync(person);
            }
            CultureCookie.Write(context, chosen.Name);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();

        app.MapSingleSignOnEndpoints();
    }
}

public static class CultureCookie
{
    public static void Write(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

    /// <summary>The culture name for a person's stored preference ("vi" or "en").</summary>
    public static string For(Person person) =>
        WebHostingExtensions.SupportedCultures
            .FirstOrDefault(c => c.TwoLetterISOLanguageName == person.PreferredCulture)?.Name
        ?? WebHostingExtensions.SupportedCultures[0].Name;
}
