using B2BPortal.Identity.Features.Audit;
using Microsoft.EntityFrameworkCore;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace B2BPortal.Identity.Features.Users;

/// <summary>
/// Creates the demo users in <c>DemoData:Users</c> with the shared <c>DemoData:Password</c>. Both live only in
/// <c>appsettings.Development.json</c>, so nothing is seeded in any other environment.
/// </summary>
internal sealed class DemoUsersSeeder(UserManager<PortalUser> users, IConfiguration configuration) : IDbSeeder<IdentityDbContext>
{
    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var password = configuration["DemoData:Password"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        foreach (var demo in configuration.GetSection("DemoData:Users").Get<List<DemoUser>>() ?? [])
        {
            var known = await db.UserAccounts.Where(a => a.UserId == demo.Id).Select(a => a.AccountId).ToListAsync(cancellationToken);
            db.UserAccounts.AddRange(demo.Accounts.Except(known).Select(account => new UserAccount { UserId = demo.Id, AccountId = account }));
            await db.SaveChangesAsync(cancellationToken);
            if (await users.FindByIdAsync(demo.Id) is not null)
            {
                continue;
            }

            var user = new PortalUser { Id = demo.Id, UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {demo.Email}: {string.Join("; ", created.Errors.Select(error => error.Description))}");
            }
        }
    }
}
