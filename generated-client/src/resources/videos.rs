// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.videos()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Binary, Call, Json, RequestSpec};
use crate::types::{
    CreateVideoCharacterBody, CreateVideoEditMultipartBody,
    CreateVideoExtendMultipartBody, CreateVideoMultipartBody, CreateVideoRemixBody,
    DeletedVideoResource, ListVideosParams, RetrieveVideoContentParams,
    VideoCharacterResource, VideoListResource, VideoResource,
};

/// The `videos` resource.
#[derive(Debug, Clone, Copy)]
pub struct Videos<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Videos<'c> {
    /// The `videos.characters` sub-resource.
    pub fn characters(&self) -> VideosCharacters<'c> {
        VideosCharacters {
            client: self.client,
        }
    }

    /// List videos
    ///
    /// Pages through the video jobs of the current project.
    ///
    /// `GET /videos`; call `.into_stream()` on the result to walk every page.
    #[deprecated]
    #[inline]
    pub fn list(&self, params: &ListVideosParams) -> Call<Json<VideoListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/videos".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Generate a video
    ///
    /// Queues a job that renders a clip from a text prompt, optionally
    /// guided by a reference image (uploaded as a multipart part, or named by
    /// URL or file id). Poll the job until its `status` is `completed`, then
    /// download the result.
    ///
    /// `POST /videos`
    #[deprecated]
    #[inline]
    pub fn create(
        &self,
        request: &CreateVideoMultipartBody,
    ) -> Call<Json<VideoResource>> {
        let spec = RequestSpec::new(Method::POST, "/videos".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Edit a video
    ///
    /// Queues a job that rewrites a video following a prompt. The source is a
    /// finished video job (by id) or, in a multipart body, an uploaded clip.
    ///
    /// `POST /videos/edits`
    #[deprecated]
    #[inline]
    pub fn edit(
        &self,
        request: &CreateVideoEditMultipartBody,
    ) -> Call<Json<VideoResource>> {
        let spec = RequestSpec::new(Method::POST, "/videos/edits".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Extend a video
    ///
    /// Queues a job that continues a finished video with a new segment of the
    /// requested length; the result is the original and the continuation
    /// joined together.
    ///
    /// `POST /videos/extensions`
    #[deprecated]
    #[inline]
    pub fn extend(
        &self,
        request: &CreateVideoExtendMultipartBody,
    ) -> Call<Json<VideoResource>> {
        let spec = RequestSpec::new(Method::POST, "/videos/extensions".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a video job
    ///
    /// Returns the status, progress and settings of a video job; poll it until the job ends.
    ///
    /// `GET /videos/{video_id}`
    #[deprecated]
    #[inline]
    pub fn retrieve(&self, video_id: &str) -> Call<Json<VideoResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/videos/{video_id}",
            &[("video_id", &video_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a video
    ///
    /// Removes a finished or failed video job and every file rendered for it.
    ///
    /// `DELETE /videos/{video_id}`
    #[deprecated]
    #[inline]
    pub fn delete(&self, video_id: &str) -> Call<Json<DeletedVideoResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/videos/{video_id}",
            &[("video_id", &video_id)],
        );
        Call::new(self.client, spec)
    }

    /// Download a video
    ///
    /// Returns the bytes of a finished video job: the MP4 clip by default, or
    /// a preview image chosen with `variant`.
    ///
    /// `GET /videos/{video_id}/content`
    #[deprecated]
    #[inline]
    pub fn content(
        &self,
        video_id: &str,
        params: &RetrieveVideoContentParams,
    ) -> Call<Binary> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/videos/{video_id}/content",
            &[("video_id", &video_id)],
        );
        spec.query().push_opt("variant", params.variant.as_ref());
        Call::new(self.client, spec)
    }

    /// Remix a video
    ///
    /// Queues a new job that reworks a finished video according to a new prompt.
    ///
    /// `POST /videos/{video_id}/remix`
    #[deprecated]
    #[inline]
    pub fn remix(
        &self,
        video_id: &str,
        request: &CreateVideoRemixBody,
    ) -> Call<Json<VideoResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/videos/{video_id}/remix",
                &[("video_id", &video_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `videos.characters` resource.
#[derive(Debug, Clone, Copy)]
pub struct VideosCharacters<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> VideosCharacters<'c> {
    /// Create a character
    ///
    /// Turns an uploaded clip of a person or figure into a named character that prompts can cast.
    ///
    /// `POST /videos/characters`
    #[deprecated]
    #[inline]
    pub fn create(
        &self,
        request: &CreateVideoCharacterBody,
    ) -> Call<Json<VideoCharacterResource>> {
        let spec = RequestSpec::new(Method::POST, "/videos/characters".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a character
    ///
    /// Returns the name and creation time of a character.
    ///
    /// `GET /videos/characters/{character_id}`
    #[deprecated]
    #[inline]
    pub fn retrieve(&self, character_id: &str) -> Call<Json<VideoCharacterResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/videos/characters/{character_id}",
            &[("character_id", &character_id)],
        );
        Call::new(self.client, spec)
    }
}
