//! `src/runtime/settings.rs`: what the runtime needs to know about this API — base URL,
//! environment variable names, auth scheme, identity headers.

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::{doc_attrs, ident};
use crate::Options;
use crate::ir::{Api, Auth};

pub fn settings_file(api: &Api, options: &Options) -> TokenStream {
    let client = &api.client;
    let base_url = &client.default_base_url;
    let (env_api_key, env_base_url) = (&client.env_api_key, &client.env_base_url);
    let user_agent = format!("{}/{} (rust)", options.crate_name, options.crate_version);
    let auth = match &client.auth {
        Auth::Bearer => quote!(super::client::AuthScheme::Bearer),
        Auth::Header(name) => quote!(super::client::AuthScheme::Header(#name)),
        Auth::None => quote!(super::client::AuthScheme::None),
    };
    let identity = client.identity_headers.iter().map(|h| {
        let (key, header, env) = (&h.key, &h.header, &h.env);
        quote!(super::client::IdentityHeader { key: #key, header: #header, env: #env })
    });
    let methods = client.identity_headers.iter().map(|h| {
        let method = ident(&h.key);
        let key = &h.key;
        let fallback = format!("Sets the `{}` header (read from `{}` by `from_env`).", h.header, h.env);
        let docs = doc_attrs(Some(h.docs.as_deref().unwrap_or(&fallback)));
        quote! {
            #docs
            pub fn #method(self, value: impl Into<String>) -> Self {
                self.identity_header(#key, value)
            }
        }
    });
    let builder_impl = if client.identity_headers.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            impl super::client::ClientBuilder {
                #(#methods)*
            }
        }
    };
    quote! {
        //! Settings taken from the spec: where the API lives and how it authenticates.

        /// Base URL used unless the builder or the environment sets another.
        pub(crate) const DEFAULT_BASE_URL: &str = #base_url;
        /// Environment variable holding the API key.
        pub(crate) const ENV_API_KEY: &str = #env_api_key;
        /// Environment variable overriding the base URL.
        pub(crate) const ENV_BASE_URL: &str = #env_base_url;
        /// How the API key is sent.
        pub(crate) const AUTH: super::client::AuthScheme = #auth;
        /// `User-Agent` of every request.
        pub(crate) const USER_AGENT: &str = #user_agent;
        /// Headers set from builder configuration or the environment on every request.
        pub(crate) const IDENTITY_HEADERS: &[super::client::IdentityHeader] = &[#(#identity),*];

        #builder_impl
    }
}
