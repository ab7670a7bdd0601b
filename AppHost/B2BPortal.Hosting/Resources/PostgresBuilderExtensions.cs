namespace B2BPortal.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// A database, created if missing, closed to PUBLIC. With <paramref name="owner"/> it belongs to that login role
    /// and its connection string logs in as the owner; without, the connection string is the superuser's.
    /// </summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null, string? owner = null) =>
        server.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, server.Resource, databaseName ?? name, owner));

    /// <summary>A schema owned by <paramref name="role"/>, a login role that may connect to the database and use only this schema.</summary>
    public static IResourceBuilder<PostgresSchemaResource> AddSchema(
        this IResourceBuilder<PostgresDatabaseResource> database, string name, string schema, string role) =>
        database.ApplicationBuilder.AddResource(new PostgresSchemaResource(name, database.Resource, schema, role));
}
