using B2BPortal.Entitlement;
using B2BPortal.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEntitlementService();

var app = builder.Build();
app.UseProblemDetailsEverywhere();
app.MapDefaultEndpoints();
app.MapEntitlementEndpoints();
app.Run();
