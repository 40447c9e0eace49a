// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Trait impls that every generated enum shares, written once.
//!
//! A generated string enum spells out what is particular to it — its variants, `as_str`
//! and `From<&str>` (the table of wire values) — and gets the rest from
//! [`string_enum_traits!`]: `Display`, `From<String>`, `Serialize` and `Deserialize`
//! (unknown values land in `Other`), and comparison and hashing by wire value. Integer
//! enums get the same from [`integer_enum_traits!`] around `as_i64` and `From<i64>`.
//!
//! Comparing wire values rather than deriving keeps an enum's order stable when a spec
//! adds a value in the middle, makes `Other("stop")` equal to `Stop`, and is a one-line
//! body per trait where the derives expand to a match over every variant.

// A spec may have no string (or no integer) enums; the macros are then unused.
/// `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` by the value `$key` returns.
#[allow(unused_macros)]
macro_rules! compare_by {
    ($name:ident, $key:ident) => {
        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.$key() == other.$key()
            }
        }

        impl ::std::cmp::Eq for $name {}

        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                ::std::hash::Hash::hash(&self.$key(), state);
            }
        }

        impl ::std::cmp::PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
            }
        }

        impl ::std::cmp::Ord for $name {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                ::std::cmp::Ord::cmp(&self.$key(), &other.$key())
            }
        }
    };
}

/// `Display`, `From<String>`, `Serialize`, `Deserialize` and comparisons for a string enum
/// that has `as_str(&self) -> &str`, `From<&str>` and an `Other(String)` variant.
#[allow(unused_macros)]
macro_rules! string_enum_traits {
    ($name:ident) => {
        $crate::runtime::compare_by!($name, as_str);

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                // Reuse the allocation for an unknown value.
                match Self::from(value.as_str()) {
                    Self::Other(_) => Self::Other(value),
                    known => known,
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                $crate::runtime::codec::deserialize_str(deserializer).map(|value| Self::from(&*value))
            }
        }
    };
}

/// `Display`, `Serialize`, `Deserialize` and comparisons for an integer enum that has
/// `as_i64(&self) -> i64`, `From<i64>` and an `Other(i64)` variant.
#[allow(unused_macros)]
macro_rules! integer_enum_traits {
    ($name:ident) => {
        $crate::runtime::compare_by!($name, as_i64);

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}", self.as_i64())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.as_i64())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use {compare_by, integer_enum_traits, string_enum_traits};
