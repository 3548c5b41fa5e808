using System.Security.Cryptography;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Accounts;

/// <summary>
/// The server's list of open sign-ins, in the app's database so it survives a restart and can be
/// shared by two instances. A session that is not in the list is not signed in.
/// </summary>
public sealed class SignInSessions(IDbContextFactory<EditorialDbContext> contexts, TimeProvider clock)
{
    public async Task<string> StartAsync(string? personId, byte[] ticket, DateTime expiresAtUtc, CancellationToken ct = default)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Expired sessions are pruned whenever a new one starts: cheap (indexed) and often enough.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SignInSessions.Where(s => s.ExpiresAtUtc < now).ExecuteDeleteAsync(ct);
        db.SignInSessions.Add(new SignInSession(key, personId, ticket, expiresAtUtc));
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>The stored ticket, or null when the session ended or expired.</summary>
    public async Task<byte[]?> FindAsync(string key, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SignInSessions.AsNoTracking()
            .Where(s => s.Key == key && s.ExpiresAtUtc >= now)
            .Select(s => s.Ticket)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Updates a session that is still open. A session that has ended stays ended: a request that
    /// was under way when the person signed out must not bring it back.
    /// </summary>
    public async Task RenewAsync(string key, string? personId, byte[] ticket, DateTime expiresAtUtc, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = await db.SignInSessions.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (session is null)
            return;
        session.Renew(personId, ticket, expiresAtUtc);
        await db.SaveChangesAsync(ct);
    }

    public async Task EndAsync(string key, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>Signs a person out everywhere, but for the session <paramref name="exceptKey"/> (the one that changed the password).</summary>
    public async Task<int> EndAllAsync(string personId, string? exceptKey = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SignInSessions
            .Where(s => s.PersonId == personId && (exceptKey == null || s.Key != exceptKey))
            .ExecuteDeleteAsync(ct);
    }
}
