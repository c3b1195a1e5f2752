//! The host's own addresses, asked of the kernel (`getifaddrs`). A server listening on every
//! address (`0.0.0.0`, `::`) prints its setup link for each of them, because a link for
//! `https://0.0.0.0:8443/` opens in no browser on another machine.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Every address of every interface that is up, loopback included, without duplicates, in the
/// kernel's order. Empty if the kernel cannot be asked.
pub fn addresses() -> Vec<IpAddr> {
    let mut out: Vec<IpAddr> = Vec::new();
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `head` with a list the kernel allocated, freed below; each entry
    // and its address are read only while the list is alive, and the address is read as the
    // structure its family names.
    unsafe {
        if libc::getifaddrs(&mut head) != 0 {
            return out;
        }
        let mut cur = head;
        while !cur.is_null() {
            let entry = &*cur;
            let up = entry.ifa_flags & (libc::IFF_UP as libc::c_uint) != 0;
            if up && !entry.ifa_addr.is_null() {
                let ip = match i32::from((*entry.ifa_addr).sa_family) {
                    libc::AF_INET => {
                        let sa = &*(entry.ifa_addr as *const libc::sockaddr_in);
                        Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(sa.sin_addr.s_addr))))
                    }
                    libc::AF_INET6 => {
                        let sa = &*(entry.ifa_addr as *const libc::sockaddr_in6);
                        Some(IpAddr::V6(Ipv6Addr::from(sa.sin6_addr.s6_addr)))
                    }
                    _ => None,
                };
                if let Some(ip) = ip
                    && !out.contains(&ip)
                {
                    out.push(ip);
                }
            }
            cur = entry.ifa_next;
        }
        libc::freeifaddrs(head);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_loopback_address_is_among_the_hosts_addresses() {
        let all = super::addresses();
        assert!(all.iter().any(|a| a.is_loopback()), "{all:?}");
    }
}
