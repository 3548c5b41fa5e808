using EditorialHub.Core.Articles;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// Items of the demo school brought to any state through ArticleService, as the demo people would:
/// gv.toan1 writes for the maths department, btv.van edits, the head approves, the secretary publishes.
/// </summary>
internal sealed class ServiceWalk(ArticleServiceFixture fixture)
{
    public const string PortalUrl = "https://thpt-lequydon.edu.vn/tin-tuc/hoi-giang";
    private ArticleService Articles => fixture.Articles;

    public string Id(string userName) => fixture.Id(userName);

    public static ArticleContent News(string title = "Hội giảng cấp tổ chào mừng 20/11") =>
        new(title, "Tổ Toán – Tin học tổ chức hội giảng cấp tổ.", "<p>Sáu tiết dạy mẫu.</p>",
            ArticleCategory.News, ArticleKind.ActivityReport, ArticleFlags.None, new DateOnly(2026, 11, 18));

    public async Task<int> InStateAsync(ArticleState state, bool pendingTakeDown = false, string? title = null)
    {
        var (author, editor, head) = (Id("gv.toan1"), Id("btv.van"), Id("truongban"));
        var id = (await Articles.CreateDraftAsync(author, fixture.MathsUnit, News(title ?? $"Hội giảng cấp tổ ({state})"))).Id;
        if (state == ArticleState.Draft)
            return id;
        await Articles.SubmitAsync(id, author);
        if (state == ArticleState.Submitted)
            return id;
        await Articles.TakeAsync(id, editor);
        if (state == ArticleState.Editing)
            return id;
        await Articles.SendForApprovalAsync(id, editor);
        if (state == ArticleState.AwaitingApproval)
            return id;
        await Articles.ApproveAsync(id, head);
        if (state == ArticleState.Approved)
            return id;
        await Articles.PublishAsync(id, Id("thuky"), PortalUrl);
        if (pendingTakeDown)
            await Articles.RequestTakeDownAsync(id, author, TakeDownGround.ProviderAsked, "Tổ xin gỡ để thay ảnh.");
        if (state == ArticleState.Published)
            return id;
        if (ArticleStates.IsCorrection(state))
        {
            await Articles.StartCorrectionAsync(id, editor);
            if (state == ArticleState.CorrectionEditing)
                return id;
            var details = await Articles.GetAsync(id, editor);
            await Articles.SaveEditAsync(id, editor, details.ToContent() with { Title = details.Title + " (đính chính)" }, details.Version);
            await Articles.SendForApprovalAsync(id, editor);
            if (state == ArticleState.CorrectionAwaitingApproval)
                return id;
            await Articles.ApproveAsync(id, head);
            return id;
        }
        await Articles.TakeDownAsync(id, head, TakeDownGround.NoLongerTimely, "Tin đã cũ.");
        return id;
    }

    /// <summary>Someone who meets the row's conditions, so that only the note decides.</summary>
    public string ActorFor(WorkflowRule rule) => rule switch
    {
        { From: ArticleState.Draft } or { Action: ArticleAction.RequestTakeDown } => Id("gv.toan1"),
        { Action: ArticleAction.Take, From: ArticleState.Editing or ArticleState.CorrectionEditing } => Id("btv.toan"),
        { Action: ArticleAction.Take } or { Action: ArticleAction.StartCorrection } => Id("btv.van"),
        { Action: ArticleAction.Escalate } => Id("phoban"),
        { Action: ArticleAction.Publish or ArticleAction.ConfirmRemovedFromPortal } => Id("thuky"),
        _ when rule.Guards.HasFlag(WorkflowGuard.HoldingEditor) => Id("btv.van"),
        _ => Id("truongban"),
    };

    /// <summary>
    /// Takes the action through the service with every input valid but the note, which is
    /// <paramref name="note"/>. False when the service's verb takes no note at all.
    /// </summary>
    public async Task<bool> RunAsync(ArticleAction action, int id, string actor, string note)
    {
        switch (action)
        {
            case ArticleAction.SaveEdit:
                var details = await Articles.GetAsync(id, actor);
                await Articles.SaveEditAsync(id, actor, details.ToContent() with { Body = details.Body + "<p>Bổ sung.</p>" }, details.Version);
                return false;
            case ArticleAction.Submit: await Articles.SubmitAsync(id, actor); return false;
            case ArticleAction.Take: await Articles.TakeAsync(id, actor); return false;
            case ArticleAction.Publish: await Articles.PublishAsync(id, actor, PortalUrl); return false;
            case ArticleAction.ConfirmRemovedFromPortal: await Articles.ConfirmRemovedFromPortalAsync(id, actor); return false;
            case ArticleAction.SendForApproval: await Articles.SendForApprovalAsync(id, actor, note); return true;
            case ArticleAction.ReturnToProvider: await Articles.ReturnToProviderAsync(id, actor, note); return true;
            case ArticleAction.ReturnToEditor: await Articles.ReturnToEditorAsync(id, actor, note); return true;
            case ArticleAction.Escalate: await Articles.EscalateAsync(id, actor, note); return true;
            case ArticleAction.Approve: await Articles.ApproveAsync(id, actor, note); return true;
            case ArticleAction.Refuse: await Articles.RefuseAsync(id, actor, RefusalGround.Untrue, note); return true;
            case ArticleAction.RequestTakeDown: await Articles.RequestTakeDownAsync(id, actor, TakeDownGround.NoLongerTimely, note); return true;
            case ArticleAction.GrantTakeDown: await Articles.DecideTakeDownAsync(id, actor, grant: true, note); return true;
            case ArticleAction.DeclineTakeDown: await Articles.DecideTakeDownAsync(id, actor, grant: false, note); return true;
            case ArticleAction.TakeDown: await Articles.TakeDownAsync(id, actor, TakeDownGround.NoLongerTimely, note); return true;
            case ArticleAction.StartCorrection: await Articles.StartCorrectionAsync(id, actor, note); return true;
            case ArticleAction.DiscardCorrection: await Articles.DiscardCorrectionAsync(id, actor, note); return true;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
