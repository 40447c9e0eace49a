// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.skills()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Binary, Call, Json, RequestSpec};
use crate::types::{
    CreateSkillBody, CreateSkillVersionBody, DeletedSkillResource,
    DeletedSkillVersionResource, ListSkillVersionsParams, ListSkillsParams,
    SetDefaultSkillVersionBody, SkillListResource, SkillResource,
    SkillVersionListResource, SkillVersionResource,
};

/// The `skills` resource.
#[derive(Debug, Clone, Copy)]
pub struct Skills<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Skills<'c> {
    /// The `skills.versions` sub-resource.
    pub fn versions(&self) -> SkillsVersions<'c> {
        SkillsVersions {
            client: self.client,
        }
    }

    /// List skills
    ///
    /// Pages through the skills defined in the current project.
    ///
    /// `GET /skills`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListSkillsParams) -> Call<Json<SkillListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/skills".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a skill
    ///
    /// Registers a new skill from its files: either every file of the skill's
    /// directory (several `files[]` parts) or one zip archive holding them.
    /// The upload becomes the skill's first version.
    ///
    /// `POST /skills`
    #[inline]
    pub fn create(&self, request: &CreateSkillBody) -> Call<Json<SkillResource>> {
        let spec = RequestSpec::new(Method::POST, "/skills".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a skill
    ///
    /// Returns a skill with its name, description and version pointers.
    ///
    /// `GET /skills/{skill_id}`
    #[inline]
    pub fn retrieve(&self, skill_id: &str) -> Call<Json<SkillResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/skills/{skill_id}",
            &[("skill_id", &skill_id)],
        );
        Call::new(self.client, spec)
    }

    /// Change a skill's default version
    ///
    /// Chooses which existing version is used when a skill is referenced without a version.
    ///
    /// `POST /skills/{skill_id}`
    #[inline]
    pub fn update(
        &self,
        skill_id: &str,
        request: &SetDefaultSkillVersionBody,
    ) -> Call<Json<SkillResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/skills/{skill_id}",
                &[("skill_id", &skill_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a skill
    ///
    /// Removes a skill and all of its versions.
    ///
    /// `DELETE /skills/{skill_id}`
    #[inline]
    pub fn delete(&self, skill_id: &str) -> Call<Json<DeletedSkillResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/skills/{skill_id}",
            &[("skill_id", &skill_id)],
        );
        Call::new(self.client, spec)
    }

    /// Download a skill
    ///
    /// Returns the files of the skill's default version packed in one zip archive.
    ///
    /// `GET /skills/{skill_id}/content`
    #[inline]
    pub fn content(&self, skill_id: &str) -> Call<Binary> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/skills/{skill_id}/content",
            &[("skill_id", &skill_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `skills.versions` resource.
#[derive(Debug, Clone, Copy)]
pub struct SkillsVersions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> SkillsVersions<'c> {
    /// List the versions of a skill
    ///
    /// Pages through the versions uploaded for one skill.
    ///
    /// `GET /skills/{skill_id}/versions`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        skill_id: &str,
        params: &ListSkillVersionsParams,
    ) -> Call<Json<SkillVersionListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/skills/{skill_id}/versions",
            &[("skill_id", &skill_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Upload a new skill version
    ///
    /// Adds a version to a skill from a directory of files or a zip archive.
    /// Versions cannot be changed once created; `default` makes the new one
    /// the skill's default right away.
    ///
    /// `POST /skills/{skill_id}/versions`
    #[inline]
    pub fn create(
        &self,
        skill_id: &str,
        request: &CreateSkillVersionBody,
    ) -> Call<Json<SkillVersionResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/skills/{skill_id}/versions",
                &[("skill_id", &skill_id)],
            )
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a skill version
    ///
    /// Returns one version of a skill, addressed by its number.
    ///
    /// `GET /skills/{skill_id}/versions/{version}`
    #[inline]
    pub fn retrieve(
        &self,
        skill_id: &str,
        version: &str,
    ) -> Call<Json<SkillVersionResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/skills/{skill_id}/versions/{version}",
            &[("skill_id", &skill_id), ("version", &version)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a skill version
    ///
    /// Removes one version of a skill; the other versions stay available.
    ///
    /// `DELETE /skills/{skill_id}/versions/{version}`
    #[inline]
    pub fn delete(
        &self,
        skill_id: &str,
        version: &str,
    ) -> Call<Json<DeletedSkillVersionResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/skills/{skill_id}/versions/{version}",
            &[("skill_id", &skill_id), ("version", &version)],
        );
        Call::new(self.client, spec)
    }

    /// Download a skill version
    ///
    /// Returns the files of one skill version packed in one zip archive.
    ///
    /// `GET /skills/{skill_id}/versions/{version}/content`
    #[inline]
    pub fn content(&self, skill_id: &str, version: &str) -> Call<Binary> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/skills/{skill_id}/versions/{version}/content",
            &[("skill_id", &skill_id), ("version", &version)],
        );
        Call::new(self.client, spec)
    }
}
