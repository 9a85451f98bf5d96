using System.Net;
using System.Net.Sockets;

namespace NewsLens.Web.Input;

/// <summary>
/// Which addresses the URL fetcher may connect to: public unicast only. Refused: loopback, private, shared (CGNAT),
/// link-local, multicast, unspecified, broadcast, documentation and reserved ranges, in their IPv4 and IPv6 forms,
/// including IPv4 addresses inside IPv6 (mapped, compatible, NAT64, 6to4, Teredo).
/// </summary>
public static class AddressPolicy
{
    private static readonly (byte[] Prefix, int Bits)[] RefusedV4 =
    [
        ([0, 0, 0, 0], 8), ([10, 0, 0, 0], 8), ([100, 64, 0, 0], 10), ([127, 0, 0, 0], 8), ([169, 254, 0, 0], 16),
        ([172, 16, 0, 0], 12), ([192, 0, 0, 0], 24), ([192, 0, 2, 0], 24), ([192, 88, 99, 0], 24), ([192, 168, 0, 0], 16),
        ([198, 18, 0, 0], 15), ([198, 51, 100, 0], 24), ([203, 0, 113, 0], 24), ([224, 0, 0, 0], 4), ([240, 0, 0, 0], 4),
    ];

    private static readonly (byte[] Prefix, int Bits)[] RefusedV6 =
    [
        (Hex("0000"), 96),              // unspecified, loopback and IPv4-compatible ::a.b.c.d
        (Hex("0064ff9b"), 32),          // NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48
        (Hex("0100"), 64),              // discard-only
        (Hex("20010000"), 32),          // Teredo (carries an IPv4 address)
        (Hex("20010db8"), 32),          // documentation
        (Hex("2002"), 16),              // 6to4 (carries an IPv4 address)
        (Hex("fc"), 7),                 // unique local (private)
        (Hex("fe80"), 10),              // link-local
        (Hex("fec0"), 10),              // site-local (deprecated)
        (Hex("ff"), 8),                 // multicast
    ];

    /// <summary>True when the fetcher may connect to <paramref name="address"/>.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var table = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => RefusedV4,
            AddressFamily.InterNetworkV6 => RefusedV6,
            _ => null,
        };
        return table is not null && !table.Any(r => InPrefix(bytes, r.Prefix, r.Bits));
    }

    private static bool InPrefix(byte[] address, byte[] prefix, int bits)
    {
        for (int i = 0; i < bits; i++)
        {
            int b = i / 8, mask = 0x80 >> (i % 8);
            int p = b < prefix.Length ? prefix[b] : 0;
            if ((address[b] & mask) != (p & mask)) return false;
        }
        return true;
    }

    private static byte[] Hex(string hex) => Convert.FromHexString(hex);
}
