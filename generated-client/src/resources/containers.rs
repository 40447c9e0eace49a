// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.containers()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Binary, Call, Empty, Json, RequestSpec};
use crate::types::{
    ContainerFileListResource, ContainerFileResource, ContainerListResource,
    ContainerResource, CreateContainerBody, CreateContainerFileUploadBody,
    ListContainerFilesParams, ListContainersParams,
};

/// The `containers` resource.
#[derive(Debug, Clone, Copy)]
pub struct Containers<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Containers<'c> {
    /// The `containers.files` sub-resource.
    pub fn files(&self) -> ContainersFiles<'c> {
        ContainersFiles {
            client: self.client,
        }
    }

    /// List containers
    ///
    /// Pages through the containers of the project, optionally only those with a given name.
    ///
    /// `GET /containers`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListContainersParams,
    ) -> Call<Json<ContainerListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/containers".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("name", params.name.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a container
    ///
    /// Starts a new sandbox in which tools such as the code interpreter run.
    /// Files, skills, a memory size, an idle timeout and outbound network
    /// rules can be set up front.
    ///
    /// `POST /containers`
    #[inline]
    pub fn create(
        &self,
        request: &CreateContainerBody,
    ) -> Call<Json<ContainerResource>> {
        let spec = RequestSpec::new(Method::POST, "/containers".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a container
    ///
    /// Returns the current state and settings of one container.
    ///
    /// `GET /containers/{container_id}`
    #[inline]
    pub fn retrieve(&self, container_id: &str) -> Call<Json<ContainerResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/containers/{container_id}",
            &[("container_id", &container_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a container
    ///
    /// Shuts a container down and removes it together with its files. The
    /// success answer is described without a body.
    ///
    /// `DELETE /containers/{container_id}`
    #[inline]
    pub fn delete(&self, container_id: &str) -> Call<Empty> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/containers/{container_id}",
            &[("container_id", &container_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `containers.files` resource.
#[derive(Debug, Clone, Copy)]
pub struct ContainersFiles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ContainersFiles<'c> {
    /// List files in a container
    ///
    /// Pages through the files present in a container, whoever created them.
    ///
    /// `GET /containers/{container_id}/files`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        container_id: &str,
        params: &ListContainerFilesParams,
    ) -> Call<Json<ContainerFileListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/containers/{container_id}/files",
            &[("container_id", &container_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Add a file to a container
    ///
    /// Places a file inside a container. Either name a file already stored
    /// with the Files API (`file_id`) or send the bytes themselves (a `file`
    /// part). The service takes both in a multipart form, which the client
    /// sends; the JSON body with `file_id` is the other accepted form.
    ///
    /// `POST /containers/{container_id}/files`
    #[inline]
    pub fn create(
        &self,
        container_id: &str,
        request: &CreateContainerFileUploadBody,
    ) -> Call<Json<ContainerFileResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/containers/{container_id}/files",
                &[("container_id", &container_id)],
            )
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a container file
    ///
    /// Returns the path, size and origin of one file in a container.
    ///
    /// `GET /containers/{container_id}/files/{file_id}`
    #[inline]
    pub fn retrieve(
        &self,
        container_id: &str,
        file_id: &str,
    ) -> Call<Json<ContainerFileResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/containers/{container_id}/files/{file_id}",
            &[("container_id", &container_id), ("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a container file
    ///
    /// Removes one file from a container. The success answer is described without a body.
    ///
    /// `DELETE /containers/{container_id}/files/{file_id}`
    #[inline]
    pub fn delete(&self, container_id: &str, file_id: &str) -> Call<Empty> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/containers/{container_id}/files/{file_id}",
            &[("container_id", &container_id), ("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }

    /// Download a container file
    ///
    /// Returns the raw bytes of a file held in a container, such as a chart the code interpreter wrote.
    ///
    /// `GET /containers/{container_id}/files/{file_id}/content`
    #[inline]
    pub fn content(&self, container_id: &str, file_id: &str) -> Call<Binary> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/containers/{container_id}/files/{file_id}/content",
            &[("container_id", &container_id), ("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }
}
