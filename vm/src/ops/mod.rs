//! Operations on values that the loop and the builtins share: attribute access, arithmetic,
//! comparison, subscription, hashing and the object protocols.

pub mod attr;
pub mod binary;
pub mod compare;
pub mod hash;
pub mod number;
pub mod pattern;
pub mod protocol;
pub mod subscr;
