mod any;
mod bitstring;
mod boolean;
mod choice;
mod embedded_pdv;
mod end_of_content;
mod enumerated;
mod generalizedtime;
mod integer;
mod null;
mod object_descriptor;
mod octetstring;
mod oid;
mod optional;
mod real;
mod sequence;
mod set;
mod strings;
mod tagged;
mod utctime;

pub use {
    any::*, bitstring::*, boolean::*, choice::*, embedded_pdv::*, end_of_content::*, enumerated::*,
    generalizedtime::*, integer::*, null::*, object_descriptor::*, octetstring::*, oid::*, real::*,
    sequence::*, set::*, strings::*, tagged::*, utctime::*,
};
