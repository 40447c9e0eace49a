// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.fine_tuning()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    CreateFineTuningJobRequest, FineTuningJob, ListFineTuningEventsParams,
    ListFineTuningJobCheckpointsParams, ListFineTuningJobCheckpointsResponse,
    ListFineTuningJobEventsResponse, ListPaginatedFineTuningJobsParams,
    ListPaginatedFineTuningJobsResponse,
};

/// The `fine_tuning` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuning<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuning<'c> {
    /// The `fine_tuning.jobs` sub-resource.
    pub fn jobs(&self) -> FineTuningJobs<'c> {
        FineTuningJobs {
            client: self.client,
        }
    }
}

/// The `fine_tuning.jobs` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuningJobs<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuningJobs<'c> {
    /// The `fine_tuning.jobs.events` sub-resource.
    pub fn events(&self) -> FineTuningJobsEvents<'c> {
        FineTuningJobsEvents {
            client: self.client,
        }
    }

    /// The `fine_tuning.jobs.checkpoints` sub-resource.
    pub fn checkpoints(&self) -> FineTuningJobsCheckpoints<'c> {
        FineTuningJobsCheckpoints {
            client: self.client,
        }
    }

    /// List fine-tuning jobs
    ///
    /// Pages through the fine-tuning jobs of the organization, newest first.
    ///
    /// `GET /fine_tuning/jobs`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListPaginatedFineTuningJobsParams,
    ) -> Call<Json<ListPaginatedFineTuningJobsResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/fine_tuning/jobs".to_owned());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_deep_object_opt("metadata", params.metadata.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a fine-tuning job
    ///
    /// Starts training a customised model from an uploaded JSONL training
    /// file. The job is queued and runs asynchronously; poll it or list its
    /// events to follow progress. The resulting model name appears in
    /// `fine_tuned_model` once the job succeeds.
    ///
    /// `POST /fine_tuning/jobs`
    #[inline]
    pub fn create(
        &self,
        request: &CreateFineTuningJobRequest,
    ) -> Call<Json<FineTuningJob>> {
        let spec = RequestSpec::new(Method::POST, "/fine_tuning/jobs".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a fine-tuning job
    ///
    /// Returns the current state of a fine-tuning job.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}`
    #[inline]
    pub fn retrieve(&self, fine_tuning_job_id: &str) -> Call<Json<FineTuningJob>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/fine_tuning/jobs/{fine_tuning_job_id}",
            &[("fine_tuning_job_id", &fine_tuning_job_id)],
        );
        Call::new(self.client, spec)
    }

    /// Cancel a fine-tuning job
    ///
    /// Stops a job that is still validating, queued or running.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel`
    #[inline]
    pub fn cancel(&self, fine_tuning_job_id: &str) -> Call<Json<FineTuningJob>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
            &[("fine_tuning_job_id", &fine_tuning_job_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `fine_tuning.jobs.events` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuningJobsEvents<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuningJobsEvents<'c> {
    /// List the events of a fine-tuning job
    ///
    /// Pages through status messages and metric reports emitted by a job.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}/events`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        fine_tuning_job_id: &str,
        params: &ListFineTuningEventsParams,
    ) -> Call<Json<ListFineTuningJobEventsResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/fine_tuning/jobs/{fine_tuning_job_id}/events",
            &[("fine_tuning_job_id", &fine_tuning_job_id)],
        );
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}

/// The `fine_tuning.jobs.checkpoints` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuningJobsCheckpoints<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuningJobsCheckpoints<'c> {
    /// List the checkpoints of a fine-tuning job
    ///
    /// Pages through the intermediate models saved at the end of training epochs.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        fine_tuning_job_id: &str,
        params: &ListFineTuningJobCheckpointsParams,
    ) -> Call<Json<ListFineTuningJobCheckpointsResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
            &[("fine_tuning_job_id", &fine_tuning_job_id)],
        );
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}
