// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.fine_tuning()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    CreateFineTuningCheckpointPermissionRequest, CreateFineTuningJobRequest,
    DeleteFineTuningCheckpointPermissionResponse, FineTuningJob,
    ListFineTuningCheckpointPermissionResponse,
    ListFineTuningCheckpointPermissionsParams, ListFineTuningEventsParams,
    ListFineTuningJobCheckpointsParams, ListFineTuningJobCheckpointsResponse,
    ListFineTuningJobEventsResponse, ListPaginatedFineTuningJobsParams,
    ListPaginatedFineTuningJobsResponse, RunGraderRequest, RunGraderResponse,
    ValidateGraderRequest, ValidateGraderResponse,
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

    /// The `fine_tuning.graders` sub-resource.
    pub fn graders(&self) -> FineTuningGraders<'c> {
        FineTuningGraders {
            client: self.client,
        }
    }

    /// The `fine_tuning.checkpoints` sub-resource.
    pub fn checkpoints(&self) -> FineTuningCheckpoints<'c> {
        FineTuningCheckpoints {
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

    /// Pause a fine-tuning job
    ///
    /// Suspends a running job; it can be resumed later from where it stopped.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/pause`
    #[inline]
    pub fn pause(&self, fine_tuning_job_id: &str) -> Call<Json<FineTuningJob>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/fine_tuning/jobs/{fine_tuning_job_id}/pause",
            &[("fine_tuning_job_id", &fine_tuning_job_id)],
        );
        Call::new(self.client, spec)
    }

    /// Resume a fine-tuning job
    ///
    /// Continues training of a job that was paused.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/resume`
    #[inline]
    pub fn resume(&self, fine_tuning_job_id: &str) -> Call<Json<FineTuningJob>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/fine_tuning/jobs/{fine_tuning_job_id}/resume",
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

/// The `fine_tuning.graders` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuningGraders<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuningGraders<'c> {
    /// Run a grader
    ///
    /// Grades one model sample with a grader, the way reinforcement
    /// fine-tuning would, and reports the reward with diagnostics. Useful
    /// for trying a grader out before starting a job (alpha endpoint).
    ///
    /// `POST /fine_tuning/alpha/graders/run`
    #[inline]
    pub fn run(&self, request: &RunGraderRequest) -> Call<Json<RunGraderResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/fine_tuning/alpha/graders/run".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Validate a grader
    ///
    /// Checks that a grader definition is well formed without running it (alpha endpoint).
    ///
    /// `POST /fine_tuning/alpha/graders/validate`
    #[inline]
    pub fn validate(
        &self,
        request: &ValidateGraderRequest,
    ) -> Call<Json<ValidateGraderResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/fine_tuning/alpha/graders/validate".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `fine_tuning.checkpoints` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuningCheckpoints<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuningCheckpoints<'c> {
    /// The `fine_tuning.checkpoints.permissions` sub-resource.
    pub fn permissions(&self) -> FineTuningCheckpointsPermissions<'c> {
        FineTuningCheckpointsPermissions {
            client: self.client,
        }
    }
}

/// The `fine_tuning.checkpoints.permissions` resource.
#[derive(Debug, Clone, Copy)]
pub struct FineTuningCheckpointsPermissions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> FineTuningCheckpointsPermissions<'c> {
    /// List the permissions of a checkpoint
    ///
    /// Pages through the projects a fine-tuned checkpoint is shared with.
    /// Needs an admin API key of an organization owner.
    ///
    /// `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        fine_tuned_model_checkpoint: &str,
        params: &ListFineTuningCheckpointPermissionsParams,
    ) -> Call<Json<ListFineTuningCheckpointPermissionResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
            &[("fine_tuned_model_checkpoint", &fine_tuned_model_checkpoint)],
        );
        spec.query().push_opt("project_id", params.project_id.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Share a checkpoint with projects
    ///
    /// Gives other projects of the organization access to a fine-tuned
    /// checkpoint. Needs an admin API key of an organization owner.
    ///
    /// `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`
    #[inline]
    pub fn create(
        &self,
        fine_tuned_model_checkpoint: &str,
        request: &CreateFineTuningCheckpointPermissionRequest,
    ) -> Call<Json<ListFineTuningCheckpointPermissionResponse>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                &[("fine_tuned_model_checkpoint", &fine_tuned_model_checkpoint)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Revoke a checkpoint permission
    ///
    /// Takes away one project's access to a fine-tuned checkpoint. Needs an
    /// admin API key of an organization owner.
    ///
    /// `DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}`
    #[inline]
    pub fn delete(
        &self,
        fine_tuned_model_checkpoint: &str,
        permission_id: &str,
    ) -> Call<Json<DeleteFineTuningCheckpointPermissionResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
            &[
                ("fine_tuned_model_checkpoint", &fine_tuned_model_checkpoint),
                ("permission_id", &permission_id),
            ],
        );
        Call::new(self.client, spec)
    }
}
