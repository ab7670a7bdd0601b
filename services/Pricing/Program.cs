using B2BPortal.Pricing;
using B2BPortal.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPricingService();

var app = builder.Build();
app.UseProblemDetailsEverywhere();
app.MapDefaultEndpoints();
app.MapPricingEndpoints();
app.Run();
