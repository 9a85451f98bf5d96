// MSBuild inline task (RoslynCodeTaskFactory), compiled by the build from TorchSharpNative.targets; not part of the
// NewsLens.FineTune assembly.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Sets VER_FLG_WEAK in the vna_flags of every .gnu.version_r entry (Elf64_Vernaux) named <see cref="VersionName"/>
/// in each little-endian ELF64 file of <see cref="Files"/>. Idempotent: a file whose entries are already weak is not
/// written. Fails on a file that is not ELF64 little-endian or that never asks for the version.
/// </summary>
public sealed class MarkElfVersionNeedWeak : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string VersionName { get; set; } = "";

    public override bool Execute()
    {
        foreach (var item in Files)
        {
            string path = item.GetMetadata("FullPath");
            try
            {
                int changed = Patch(path);
                if (changed > 0) Log.LogMessage(MessageImportance.High, $"{path}: marked {VersionName} weak ({changed} entr{(changed == 1 ? "y" : "ies")})");
                else Log.LogMessage(MessageImportance.Low, $"{path}: {VersionName} already weak");
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                Log.LogError($"{path}: cannot mark {VersionName} weak: {ex.Message}");
            }
        }
        return !Log.HasLoggedErrors;
    }

    /// <summary>Number of entries changed; 0 when all were weak already.</summary>
    private int Patch(string path)
    {
        byte[] elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (elf[4] != 2 || elf[5] != 1) throw new InvalidDataException("not a little-endian ELF64 file");
        ulong shoff = U64(elf, 0x28);
        int shentsize = U16(elf, 0x3A);
        long shnum = U16(elf, 0x3C);
        if (shoff == 0 || shentsize < 64) throw new InvalidDataException("no section header table");
        // why: with 0xffff sections or more, e_shnum is 0 and the real count sits in section 0's sh_size
        if (shnum == 0) shnum = (long)U64(elf, Check(elf, shoff, 64) + 32);

        var found = 0;
        var changedOffsets = new System.Collections.Generic.List<long>();
        for (long s = 0; s < shnum; s++)
        {
            long header = Check(elf, shoff + (ulong)(s * shentsize), 64);
            if (U32(elf, header + 4) != ShtGnuVerneed) continue;
            long offset = Check(elf, U64(elf, header + 24), U64(elf, header + 32));
            uint link = U32(elf, header + 40), count = U32(elf, header + 44);
            if (link >= shnum) throw new InvalidDataException("version section links to no string table");
            long strHeader = Check(elf, shoff + (ulong)(link * shentsize), 64);
            long strOffset = Check(elf, U64(elf, strHeader + 24), U64(elf, strHeader + 32));
            long strSize = (long)U64(elf, strHeader + 32);

            long need = offset;
            for (uint n = 0; n < count; n++)
            {
                Check(elf, (ulong)need, 16);
                int auxCount = U16(elf, need + 2);
                long aux = need + U32(elf, need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    Check(elf, (ulong)aux, 16);
                    if (Name(elf, strOffset, strSize, U32(elf, aux + 8)) == VersionName)
                    {
                        found++;
                        if ((U16(elf, aux + 4) & VerFlgWeak) == 0) changedOffsets.Add(aux + 4);
                    }
                    uint nextAux = U32(elf, aux + 12);
                    if (nextAux == 0) break;
                    aux += nextAux;
                }
                uint next = U32(elf, need + 12);
                if (next == 0) break;
                need += next;
            }
        }
        if (found == 0) throw new InvalidDataException($"no .gnu.version_r entry asks for {VersionName}");
        if (changedOffsets.Count == 0) return 0;

        // why: keeping the copy's time stamp lets the next incremental build's copy step skip the (patched) file
        DateTime stamp = File.GetLastWriteTimeUtc(path);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            foreach (long at in changedOffsets)
            {
                ushort flags = (ushort)(U16(elf, at) | VerFlgWeak);
                file.Position = at;
                file.WriteByte((byte)flags);
                file.WriteByte((byte)(flags >> 8));
            }
        }
        File.SetLastWriteTimeUtc(path, stamp);
        return changedOffsets.Count;
    }

    private static long Check(byte[] elf, ulong offset, ulong size)
    {
        if (offset > (ulong)elf.Length || size > (ulong)elf.Length - offset) throw new InvalidDataException("truncated or corrupt ELF file");
        return (long)offset;
    }

    private static string Name(byte[] elf, long table, long size, uint index)
    {
        if (index >= size) throw new InvalidDataException("version name outside the string table");
        long start = table + index, end = start;
        while (end < table + size && elf[end] != 0) end++;
        return Encoding.ASCII.GetString(elf, (int)start, (int)(end - start));
    }

    private static int U16(byte[] b, long at) => b[at] | b[at + 1] << 8;
    private static uint U32(byte[] b, long at) => (uint)(b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24);
    private static ulong U64(byte[] b, long at) => U32(b, at) | (ulong)U32(b, at + 4) << 32;
}
