using B2BPortal.Identity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Identity.Features.Mail;

/// <summary>
/// DEVELOPMENT ONLY: the latest mail Identity wrote (invitations with their links), so the local demo works without a
/// mail server. Answers 404 in every other environment.
/// </summary>
public sealed class MailboxModel(IdentityDbContext db, IHostEnvironment environment) : PageModel
{
    public IReadOnlyList<OutgoingMail> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        Messages = await db.OutgoingMail.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return Page();
    }
}
