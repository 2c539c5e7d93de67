using System.Text;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// Passes writes to the report's writer until one fails with an I/O error (a full disk, a closed pipe); that first
/// failure is kept in <see cref="Failure"/> and later writes are dropped, so the run finishes and says what happened
/// instead of aborting half-way through the report.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    public IOException? Failure { get; private set; }

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex)
        {
            Failure = ex;
        }
    }

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            write();
        }
        catch (IOException ex)
        {
            Failure = ex;
        }
    }
}
