using System.Net;
using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.EndToEnd;

public sealed class DataFolderRestoreTests
{
    [Fact]
    public async Task DataFolder_RestoredOnAnotherServer_KeepsPeopleSignedIn()
    {
        var homes = Path.Combine(Path.GetTempPath(), "editorialhub-e2e", "homes-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var first = await AppServer.StartAsync(demo: false, new Dictionary<string, string> { ["HOME"] = Directory.CreateDirectory(Path.Combine(homes, "a")).FullName });
            using var session = new HttpSession(first);
            await session.SignInAsync("quantri", Regex.Match(first.Output, @"Mật khẩu dùng một lần: (\S+)").Groups[1].Value);
            var cookie = session.AuthCookieValue!;
            Assert.Equal(HttpStatusCode.OK, (await HttpSession.ReplayAsync(first, cookie, "/Account/ChangePassword")).StatusCode);
            await first.StopAsync();

            // The one folder to back up, restored on a new server run by another user.
            var restored = Path.Combine(Path.GetTempPath(), "editorialhub-e2e", Guid.NewGuid().ToString("N"));
            CopyFolder(first.DataDirectory, restored);
            await using var second = await AppServer.StartAsync(demo: false,
                new Dictionary<string, string> { ["HOME"] = Directory.CreateDirectory(Path.Combine(homes, "b")).FullName }, dataDirectory: restored);

            Assert.True(Directory.EnumerateFiles(Path.Combine(restored, "keys"), "*.xml").Any());
            Assert.Equal(HttpStatusCode.OK, (await HttpSession.ReplayAsync(second, cookie, "/Account/ChangePassword")).StatusCode);
        }
        finally
        {
            try { Directory.Delete(homes, recursive: true); } catch (IOException) { }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }
}
