using B2BPortal.Catalog;
using B2BPortal.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCatalogService();

var app = builder.Build();
app.UseProblemDetailsEverywhere();
app.MapDefaultEndpoints();
app.MapCatalogEndpoints();
app.Run();
