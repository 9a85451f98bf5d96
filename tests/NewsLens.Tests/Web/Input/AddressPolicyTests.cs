using System.Net;
using NewsLens.Web.Input;

namespace NewsLens.Tests.Web.Input;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")] [InlineData("127.255.0.9")] [InlineData("0.0.0.0")]
    [InlineData("10.0.0.1")] [InlineData("172.16.4.4")] [InlineData("172.31.255.255")] [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")] [InlineData("169.254.169.254")] [InlineData("224.0.0.251")] [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")] [InlineData("192.0.2.10")]
    [InlineData("::")] [InlineData("::1")] [InlineData("::ffff:127.0.0.1")] [InlineData("::ffff:10.0.0.1")] [InlineData("::127.0.0.1")]
    [InlineData("fc00::1")] [InlineData("fd12:3456::1")] [InlineData("fe80::1")] [InlineData("ff02::1")] [InlineData("ff05::2")]
    [InlineData("64:ff9b::7f00:1")] [InlineData("2002:7f00:1::")] [InlineData("2001::1")] [InlineData("2001:db8::1")]
    public void Loopback_private_link_local_multicast_and_reserved_addresses_are_refused(string address) =>
        Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")] [InlineData("8.8.8.8")] [InlineData("172.32.0.1")] [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")] [InlineData("2a00:1450:4001:80b::200e")] [InlineData("::ffff:8.8.8.8")]
    public void Public_unicast_addresses_are_allowed(string address) =>
        Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)));
}
