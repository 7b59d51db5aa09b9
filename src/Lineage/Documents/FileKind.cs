using System.Runtime.InteropServices;

namespace Lineage.Documents;

/// <summary>
/// What a path names on disk, asked without opening it: opening a named pipe blocks until something writes to it, and a
/// device can be endless, so the loader reads only regular files. On Unix this is <c>stat(2)</c> (links followed) through
/// the .NET runtime's own native shim; elsewhere every existing non-folder is a regular file.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;

    /// <summary>
    /// Null for a regular file (or when the kind cannot be asked); otherwise what the path is, for a message:
    /// <c>a named pipe (FIFO)</c>, <c>a socket</c>, <c>a character device</c>, <c>a block device</c>.
    /// </summary>
    public static string? NotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        int mode;
        try
        {
            byte[] utf8Path = [.. System.Text.Encoding.UTF8.GetBytes(path), 0];
            if (NativeMethods.Stat(utf8Path, out var status) != 0)
            {
                return null; // gone or unreadable: opening it reports why
            }

            mode = status.Mode;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (mode & TypeMask) switch
        {
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => null,
        };
    }

    /// <summary>
    /// The start of the runtime's <c>FileStatus</c> (System.Native's <c>pal_io.h</c>): <c>int32 Flags; int32 Mode; …</c>,
    /// with room for the rest (about 120 bytes in .NET 10).
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 512)]
    private struct NativeFileStatus
    {
        [FieldOffset(4)]
        public int Mode;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat(byte[] utf8Path, out NativeFileStatus status);
    }
}
