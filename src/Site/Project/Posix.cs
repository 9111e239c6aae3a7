using System.Runtime.InteropServices;

namespace Site.Project;

/// <summary>
/// The few system calls .NET does not offer: what kind of entry a path is without following a symbolic link, an
/// advisory lock that the operating system drops when the process ends, swapping two folders in one step, and a
/// thread's CPU priority.
/// </summary>
public static partial class Posix
{
    public enum EntryKind { Missing, File, Folder, Link, Other }

    /// <summary>What <paramref name="path"/> itself is (a link is not followed).</summary>
    public static EntryKind KindOf(string path)
    {
        if (!OperatingSystem.IsLinux()) return FallbackKindOf(path);
        var stat = new byte[256];
        if (lstat(path, ref stat[0]) != 0) return EntryKind.Missing;
        // st_mode follows dev, ino (and nlink on x86-64) in the kernel's struct stat.
        var offset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        return (BitConverter.ToUInt32(stat, offset) & 0xF000) switch
        {
            0x8000 => EntryKind.File,
            0x4000 => EntryKind.Folder,
            0xA000 => EntryKind.Link,
            _ => EntryKind.Other,
        };
    }

    static EntryKind FallbackKindOf(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null) return EntryKind.Missing;
        if (info.LinkTarget is not null) return EntryKind.Link;
        return info.Attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Folder : EntryKind.File;
    }

    /// <summary>Takes an exclusive lock on an open file without waiting; false when another process holds it.</summary>
    public static bool TryLock(FileStream file)
    {
        if (OperatingSystem.IsWindows()) return true;   // there FileShare.None already excludes other processes
        // LOCK_EX | LOCK_NB
        return flock((int)file.SafeFileHandle.DangerousGetHandle(), 2 | 4) == 0;
    }

    /// <summary>Exchanges two folders in one step (Linux's renameat2 with RENAME_EXCHANGE); false where it is not supported.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        const int AtCurrentFolder = -100;
        try { return renameat2(AtCurrentFolder, a, AtCurrentFolder, b, 2) == 0; }
        catch (EntryPointNotFoundException) { return false; }
    }

    /// <summary>
    /// Puts every thread of this process at the lowest CPU priority (nice 19). On Linux each thread has its own, and a
    /// thread started later takes its creator's; a process may lower its priority but not raise it again.
    /// </summary>
    public static void LowerOwnPriority()
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            if (int.TryParse(Path.GetFileName(task), out var tid)) LowerPriority(tid);
    }

    /// <summary>Puts one thread of this process (by its kernel id) at the lowest CPU priority.</summary>
    public static void LowerPriority(int threadId)
    {
        const int PrioProcess = 0, Lowest = 19;
        if (OperatingSystem.IsLinux()) _ = setpriority(PrioProcess, threadId, Lowest);
    }

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int setpriority(int which, int who, int prio);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int lstat(string path, ref byte stat);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
