namespace B2BPortal.Hosting.Servers.RabbitMq;

/// <summary>
/// Healthy when the AMQP port accepts connections and start-up was confirmed once per start. A bare TCP connect is all the
/// steady-state check does: the broker logs nothing for it, while an unfinished AMQP handshake logs three warnings every time.
/// </summary>
internal sealed class RabbitMqHealth(int amqpPort, Func<CancellationToken, Task<bool>> confirmStartup)
{
    private bool startupConfirmed;

    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (!await TcpPort.AcceptsAsync(amqpPort, cancellationToken))
        {
            return false;
        }

        startupConfirmed = startupConfirmed || await confirmStartup(cancellationToken);
        return startupConfirmed;
    }
}
